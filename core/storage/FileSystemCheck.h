// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace stepwise::FileSystemCheck {

// The name of a network or user-space file system type as statfs(2) reports it in f_type
// (NFS, CIFS/SMB, FUSE, 9p, ...), or an empty string for a local one. SQLite's file locking is
// unreliable on those (https://sqlite.org/howtocorrupt.html section 2.1, and
// https://sqlite.org/useovernet.html), so two workstations can corrupt a shared file.
QString networkFileSystemName(qint64 fsType);

// Refuses (ErrorCode::Io, with the reason) when the folder that holds or will hold `path` is on
// one of those file systems. A folder that cannot be examined is left to the open that follows.
Status refuseNetworkFileSystem(const QString& path);

} // namespace stepwise::FileSystemCheck
