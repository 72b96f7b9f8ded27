// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace stepwise {

// What the header of a file on disk says, read with plain file I/O before SQLite touches it.
struct DatabaseFileInfo
{
    bool exists = false;
    qint64 size = 0;
    qint32 applicationId = 0;
    int userVersion = 0; // schema version
    int pageSize = 0;
    qint64 pageCount = 0; // from the header, when valid
    bool walMode = false;
};

namespace DatabaseFile {

// Checks, without writing, that `path` is a complete Stepwise database this build can open:
// a regular readable file, SQLite magic, our application id (or an empty schema), not
// truncated, a schema version no newer than ours, and PRAGMA quick_check on a read-only
// connection. A missing file returns info with exists == false.
Result<DatabaseFileInfo> inspect(const QString& path);

// Database registers the files it holds open, so that inspect() never opens and closes them
// with plain file I/O (which would drop the process's SQLite locks on them).
void registerOpen(const QString& path);
void unregisterOpen(const QString& path);
bool isOpenInProcess(const QString& path);

} // namespace DatabaseFile
} // namespace stepwise
