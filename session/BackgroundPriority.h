#pragma once
// Long work on a worker thread yields to the GUI thread: nice is per thread on Linux, so on a busy
// CPU the window stays responsive (QThread priorities have no effect under Linux's default
// scheduler). Threads the work starts from here (LibTorch's) inherit the lower priority.
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

inline void lowerThisThreadsPriority()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}
