#pragma once
// Runs a command for a benchmark: wall time, exit status and the last line it printed on stdout
// (lepton-train's JSON result). stderr goes to a log file the table can point at.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>

struct BenchProcess {
    int status = -1;
    double seconds = 0.0;
    // User + system CPU time of the command and its children: unlike wall time, other programs on
    // a shared machine do not inflate it.
    double cpuSeconds = 0.0;
    std::string lastLine;

    static double childrenCpuSeconds()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }

    static BenchProcess run(const std::string &command, const std::string &stdoutFile = {})
    {
        BenchProcess result;
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = childrenCpuSeconds();
        FILE *pipe = popen(command.c_str(), "r");
        if (!pipe) return result;
        std::ofstream copy;
        if (!stdoutFile.empty()) copy.open(stdoutFile, std::ios::binary);
        char buffer[65536];
        std::string line;
        while (fgets(buffer, sizeof buffer, pipe)) {
            if (copy.is_open()) copy << buffer;
            line += buffer;
            if (!line.empty() && line.back() == '\n') {
                line.pop_back();
                if (!line.empty()) result.lastLine = line;
                line.clear();
            }
        }
        if (!line.empty()) result.lastLine = line;
        const int raw = pclose(pipe);
        result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        result.cpuSeconds = childrenCpuSeconds() - cpuStart;
        return result;
    }

    static std::string loadAverage()
    {
        std::ifstream in("/proc/loadavg");
        std::string one, five, fifteen;
        in >> one >> five >> fifteen;
        return one + " " + five + " " + fifteen;
    }
};
