#pragma once
// lepton-train fit --workspace FILE: the run is stored in the workspace and trained by the same
// training session as the Training page's, so that the same data-access rule applies and the run
// is in the history with its provenance. No Qt in this header: lepton_train.cpp stays plain C++.
#include "training/TrainingConfig.h"

#include <csignal>
#include <string>

struct WorkspaceFit {
    std::string workspace;    // a workspace file (or server address) as the application opens it
    std::string name;         // the run's name in the history; empty: its output folder's name
    long long projectId = 0;  // 0: not linked
    long long contractId = 0;
    long long partnerId = 0;
    std::string confirmNote;  // why the data may be used although its contract's data access ended
};

// The vocabulary from-scratch models start with, as the Training page offers it; empty when the
// shared data is not there.
std::string defaultScratchVocabulary();

// Trains config as a new run of the workspace; progress and the log go to stderr, one JSON line
// of results to stdout. Returns the exit code: 0 finished, 1 refused or failed, 130 interrupted.
// interrupted: set by the caller's signal handler; the run then stops at a checkpoint.
int fitInWorkspace(int argc, char **argv, const lepton::TrainingConfig &config, const WorkspaceFit &fit,
                   const volatile std::sig_atomic_t *interrupted);
