// lepton-predict: the process in which the Training page's try-it box loads and uses a run's best
// model (BestModelPredictor starts it; not meant to be run by hand). Requests come one per line on
// stdin and are answered one per line on stdout (see BestModelServer.h); it ends when stdin closes.
#include "session/BestModelServer.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

int main()
{
    // The answers get their own copy of stdout; whatever the engine prints goes to stderr, so that
    // it can never break the answer lines.
    FILE *answers = fdopen(dup(STDOUT_FILENO), "w");
    if (!answers) return 1;
    dup2(STDERR_FILENO, STDOUT_FILENO);
    BestModelServer server;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QByteArray answer = server.answer(QByteArray::fromStdString(line));
        if (answer.isEmpty()) continue;
        std::fputs(answer.constData(), answers);
        std::fputc('\n', answers);
        std::fflush(answers);
    }
    return 0;
}
