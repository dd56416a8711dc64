#pragma once
// Masks e-mail addresses and phone numbers in free text, for CSV exports and training text that
// leave the workspace. Plain C++ (no Qt, no torch) so that the engine and the Qt side share it.
//
// Full-width characters (１３８, ＋, ＠, the ideographic space) are read as their ASCII twins;
// the text around a mask keeps its own width.
// E-mail: local part of letters, digits and . _ % + - ; "@"; a domain of two or more labels
// (sub.example.co.uk, 例子.中国) ending in a letter TLD -> "[email]".
// Phone: digits with spaces, dots, dashes, slashes or brackets between them, not glued to a
// letter, digit or code ("INV-2024-000123"), and either
//   - international: "+" or "00" then 8-15 digits (+44 20 7946 0958, +86 138 0013 8000), or
//   - national: 9-15 digits starting with 0 or in brackets ((555) 123-4567, 020 7946 0958), or
//     grouped by separators into at least three groups (555-123-4567), or an Indian mobile
//     number in two groups of five (98765 43210), or
//   - without separators: a Chinese mobile number (1[3-9] and 9 more digits), also after 86 or
//     0086; 10-11 digits after a trunk 0 (07700900123); a North American number (4155552671).
// Never masked: dates (2024-01-15, 15.01.2024, 01/15/2024), amounts (1,234,567.89, 1.234.567,
// 12 345 678 with thousands groups, 1234567.89), times, IP addresses and other bare digit runs
// such as order numbers (123456789012). Other text passes through unchanged (UTF-8 safe).
#include <string>
#include <string_view>

namespace lepton {

class PiiMasker {
public:
    static constexpr std::string_view kEmailMask = "[email]";
    static constexpr std::string_view kPhoneMask = "[phone]";

    static std::string mask(std::string_view text);
};

}  // namespace lepton
