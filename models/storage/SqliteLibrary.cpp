#include "models/storage/SqliteLibrary.h"

#include <QtGlobal>
#include <mutex>
#include <sqlite3.h>

void SqliteLibrary::prepare()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); rc != SQLITE_OK)
            qWarning("SQLite refused to turn off its memory statistics (%s): worker connections will not run side by side.",
                     sqlite3_errstr(rc));
    });
}
