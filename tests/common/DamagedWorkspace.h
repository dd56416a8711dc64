#pragma once
// A workspace file damaged as a failing disk or a half-copied file would leave it: a page of
// its records overwritten with garbage, everything else intact.
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"

#include <QFile>

namespace DamagedWorkspace {

// Writes a workspace with a table of notes at path, then overwrites one of its pages. Returns
// what went wrong, empty when the file is ready.
inline QString make(const QString &path)
{
    QString error;
    {
        Workspace ws;
        if (!ws.open(path, &error)) return error;
        if (!SqlStatement::execAll(ws.database(), {QStringLiteral("CREATE TABLE notes (body TEXT)")}, &error)) return error;
        SqlStatement insert(ws.database(), QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
        for (int i = 0; i < 400; ++i)
            if (!insert.exec({QString(200, QChar('a' + i % 26))}, &error)) return error;
    }
    if (QFile::exists(path + QStringLiteral("-wal")) && QFile(path + QStringLiteral("-wal")).size() > 0)
        return QStringLiteral("the write-ahead log still holds pages");  // closing should have moved them into the file
    QFile bytes(path);
    const qint64 pageSize = 4096;
    if (!bytes.open(QIODevice::ReadWrite) || bytes.size() <= 8 * pageSize) return QStringLiteral("the file is too small");
    bytes.seek(bytes.size() - 2 * pageSize);  // a page of the notes table
    bytes.write(QByteArray(int(pageSize), char(0xA5)));
    return {};
}

}  // namespace DamagedWorkspace
