// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSystemCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sys/vfs.h>

namespace stepwise::FileSystemCheck {

QString networkFileSystemName(qint64 fsType)
{
    // Magic numbers from linux/magic.h and statfs(2); the kernel headers name them, but not all
    // are exported there (CIFS, SMB2), so they are spelled out.
    switch (quint32(fsType)) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    case 0x65735546:
        return QStringLiteral("FUSE");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x564C: // NCP
        return QStringLiteral("NCP");
    case 0x73757245: // CODA
        return QStringLiteral("Coda");
    case 0x5346414F: // AFS
    case 0x6B414653:
        return QStringLiteral("AFS");
    case 0x47504653: // GPFS
        return QStringLiteral("GPFS");
    case 0x00C36400: // Ceph
        return QStringLiteral("Ceph");
    default:
        return {};
    }
}

Status refuseNetworkFileSystem(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    const QString name = networkFileSystemName(qint64(fs.f_type));
    if (name.isEmpty())
        return {};
    return Error { ErrorCode::Io,
        QCoreApplication::translate("stepwise::FileSystemCheck",
            "%1 is on a network file system (%2). Stepwise does not open databases there, "
            "because SQLite's file locking is not reliable over a network and two computers "
            "could damage the file. Copy it to a local disk, or use the shared-server setup "
            "when your clinic needs several workstations on one database.")
            .arg(path, name),
        {}, {} };
}

} // namespace stepwise::FileSystemCheck
