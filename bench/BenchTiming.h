#pragma once
// Timing for the benchmarks: the median wall-clock and CPU time of several runs, in
// milliseconds, and the table rows they print. The CPU time shows the cost of the work itself
// when other jobs share the machine's cores.
#include <QElapsedTimer>
#include <QString>
#include <QVector>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

struct Timing {
    double wall = 0;
    double cpu = 0;
};

inline double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

inline Timing timed(int runs, const std::function<void()> &work)
{
    QVector<double> walls, cpus;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const double cpu = cpuNow();
        t.start();
        work();
        walls.append(double(t.nsecsElapsed()) / 1e6);
        cpus.append(cpuNow() - cpu);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

inline void row(const QString &measurement, const QString &value, const QString &goal)
{
    std::printf("%-62s | %-26s | %s\n", qPrintable(measurement), qPrintable(value), qPrintable(goal));
    std::fflush(stdout);
}

inline QString ms(const Timing &t)
{
    return QString::number(t.wall, 'f', 2) + QStringLiteral(" ms (cpu ") + QString::number(t.cpu, 'f', 1) +
           QStringLiteral(")");
}
