#pragma once
// 128-bit integer helpers for the analytics: exact sums of many 64-bit amounts, products of an
// amount and a rate, and rounding of exact quotients, without silent overflow.
#include <QtGlobal>
#include <limits>
#include <optional>

namespace WideMath {

using Int = __int128;

inline Int absolute(Int v) { return v < 0 ? -v : v; }

inline Int gcd(Int a, Int b)
{
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const Int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// Floor division for a positive divisor (C++ division truncates towards zero).
inline Int floorDiv(Int n, Int d)
{
    Int q = n / d;
    if (n % d != 0 && n < 0) --q;
    return q;
}

// n / d rounded to the nearest integer, halves away from zero; d != 0.
inline Int roundHalfAwayFromZero(Int n, Int d)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const bool negative = n < 0;
    const Int magnitude = absolute(n);
    Int q = magnitude / d;
    const Int r = magnitude % d;
    if (r >= d - r) ++q;  // r/d >= 1/2, written so that nothing can overflow
    return negative ? -q : q;
}

inline std::optional<qint64> toInt64(Int v)
{
    if (v > Int(std::numeric_limits<qint64>::max()) || v < Int(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return qint64(v);
}

}  // namespace WideMath
