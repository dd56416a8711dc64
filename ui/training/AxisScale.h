#pragma once
// The range and tick step of a chart axis at round numbers (1, 2 or 5 times a power of ten), so
// that ticks read 0, 500, 1000 rather than 1, 1084, 2168.
class AxisScale {
public:
    double min = 0;
    double max = 1;
    double step = 1;

    // The smallest round range holding [low, high] in at most maxTicks intervals. integral: the
    // step is a whole number (training steps).
    static AxisScale around(double low, double high, int maxTicks, bool integral = false);

    int tickCount() const;
    // Decimals that show every tick's value exactly (0 for a step of 1 or more).
    int decimals() const;
};
