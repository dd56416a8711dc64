#pragma once
// Process-wide settings of the SQLite library that Qt's SQLite driver uses, applied once before
// the first connection: every SQLite connection of the workspace code is opened after prepare().
namespace SqliteLibrary {
// SQLite keeps memory statistics (on in Debian's build) under one process-wide mutex taken on
// every allocation, which serializes worker connections: two threads each adding up half of a
// date range's projects took as long as one thread adding up all of them (300 ms against
// 135 ms per half). Without the statistics they run side by side (bench_dashboard). SQLite
// accepts the setting only before its first connection in the process; later it is refused and
// only the speed-up is lost, which a warning says.
void prepare();
}
