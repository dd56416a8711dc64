#pragma once
// Which device a run uses, chosen without exposing torch to callers (the Qt side includes this).
#include <string>

namespace lepton {

struct ComputeDevice {
    enum class Kind { Cpu, Cuda };
    Kind kind = Kind::Cpu;

    // "auto" picks CUDA when this LibTorch build has it and a GPU is present, else the CPU;
    // "cuda" without a usable GPU is an error that says so (never a silent CPU run).
    static ComputeDevice parse(const std::string &spec);
    static bool cudaAvailable();
    std::string name() const { return kind == Kind::Cuda ? "cuda" : "cpu"; }
};

// Intra-op threads for CPU work; 0 keeps LibTorch's default (one per core).
void setCpuThreads(int threads);

// libgomp reads OMP_WAIT_POLICY once, when it is loaded (before main). Its default lets idle
// threads spin; on a busy machine that made 2 threads 5-15x slower than 1, and it starves a GUI
// thread. Unless the user chose a policy, restarts the program once with passive waiting; call it
// first thing in main(). If the restart fails the program goes on with the default policy.
void preferPassiveOpenMpWaiting(char **argv);

// "1.13.1 (CPU)" or "2.3.0 (CUDA, 1 GPU)": for --version and run records.
std::string torchVersionDescription();

// The most memory tensors held on the first GPU since the last reset; 0 without CUDA.
long long peakGpuMemoryBytes();
void resetPeakGpuMemory();

}  // namespace lepton
