#include "ui/training/AxisScale.h"

#include <algorithm>
#include <cmath>

AxisScale AxisScale::around(double low, double high, int maxTicks, bool integral)
{
    if (!(high > low)) high = low + (integral ? 1.0 : std::max(std::abs(low) * 0.1, 1e-9));
    const int intervals = std::max(1, maxTicks);
    double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / intervals)));
    AxisScale scale;
    for (;;) {
        for (const double multiple : {1.0, 2.0, 5.0}) {
            scale.step = multiple * magnitude;
            if (integral && scale.step < 1) continue;
            scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
            scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
            if (std::round((scale.max - scale.min) / scale.step) <= intervals) return scale;
        }
        magnitude *= 10;
    }
}

int AxisScale::tickCount() const
{
    return int(std::lround((max - min) / step)) + 1;
}

int AxisScale::decimals() const
{
    return std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
}
