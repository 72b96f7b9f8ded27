// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <QByteArray>
#include <cstring>
#include <sqlite3.h>

namespace stepwise::test::FaultVfs {

namespace {

// Everything here runs on the test's one thread; SQLite calls the VFS from the calling thread.
struct State
{
    sqlite3_vfs* real = nullptr;
    int writes = 0;
    int syncs = 0;
    bool armed = false;
    Operation operation = Operation::Write;
    int nth = 0;
    int errorCode = SQLITE_OK;
    bool hit = false;
    QByteArray readOnlyPath;
};

State& state()
{
    static State s;
    return s;
}

// Our file object: SQLite allocates szOsFile bytes; the real VFS's file follows ours.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realFile(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

// Returns the armed error when this call of `operation` is one that must fail.
int injected(Operation operation, int count)
{
    State& s = state();
    if (!s.armed || s.operation != operation || count < s.nth)
        return SQLITE_OK;
    s.hit = true;
    return s.errorCode;
}

int fileClose(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}

int fileRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xRead(r, buffer, amount, offset);
}

int fileWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (int rc = injected(Operation::Write, ++state().writes); rc != SQLITE_OK)
        return rc;
    sqlite3_file* r = realFile(f);
    return r->pMethods->xWrite(r, buffer, amount, offset);
}

int fileTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xTruncate(r, size);
}

int fileSync(sqlite3_file* f, int flags)
{
    if (int rc = injected(Operation::Sync, ++state().syncs); rc != SQLITE_OK)
        return rc;
    sqlite3_file* r = realFile(f);
    return r->pMethods->xSync(r, flags);
}

int fileSize(sqlite3_file* f, sqlite3_int64* size)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xFileSize(r, size);
}

int fileLock(sqlite3_file* f, int level)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xLock(r, level);
}

int fileUnlock(sqlite3_file* f, int level)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xUnlock(r, level);
}

int fileCheckReservedLock(sqlite3_file* f, int* result)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xCheckReservedLock(r, result);
}

int fileControl(sqlite3_file* f, int op, void* arg)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xFileControl(r, op, arg);
}

int fileSectorSize(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xSectorSize(r);
}

int fileDeviceCharacteristics(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->xDeviceCharacteristics(r);
}

int fileShmMap(sqlite3_file* f, int page, int pageSize, int extend, void volatile** out)
{
    sqlite3_file* r = realFile(f);
    if (r->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    return r->pMethods->xShmMap(r, page, pageSize, extend, out);
}

int fileShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->iVersion < 2 ? SQLITE_IOERR_SHMLOCK
                                     : r->pMethods->xShmLock(r, offset, n, flags);
}

void fileShmBarrier(sqlite3_file* f)
{
    sqlite3_file* r = realFile(f);
    if (r->pMethods->iVersion >= 2)
        r->pMethods->xShmBarrier(r);
}

int fileShmUnmap(sqlite3_file* f, int deleteFlag)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->iVersion < 2 ? SQLITE_OK : r->pMethods->xShmUnmap(r, deleteFlag);
}

int fileFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* r = realFile(f);
    if (r->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return r->pMethods->xFetch(r, offset, amount, out);
}

int fileUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* pointer)
{
    sqlite3_file* r = realFile(f);
    return r->pMethods->iVersion < 3 ? SQLITE_OK : r->pMethods->xUnfetch(r, offset, pointer);
}

const sqlite3_io_methods faultMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

// The real VFS reads its own pAppData, so every call goes to it with its own pointer.
sqlite3_vfs* real()
{
    return state().real;
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(ours + 1);
    ours->real->pMethods = nullptr;
    // As the unix VFS does when the OS refuses O_RDWR: open read-only, say so in outFlags.
    const QByteArray& readOnly = state().readOnlyPath;
    if (name && (flags & SQLITE_OPEN_MAIN_DB) && !readOnly.isEmpty()
        && std::strcmp(name, readOnly.constData()) == 0) {
        flags &= ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        flags |= SQLITE_OPEN_READONLY;
    }
    const int rc = real()->xOpen(real(), name, ours->real, flags, outFlags);
    ours->base.pMethods = ours->real->pMethods ? &faultMethods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return real()->xDelete(real(), name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return real()->xAccess(real(), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return real()->xFullPathname(real(), name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return real()->xDlOpen(real(), name);
}

void vfsDlError(sqlite3_vfs*, int size, char* message)
{
    real()->xDlError(real(), size, message);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return real()->xDlSym(real(), handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    real()->xDlClose(real(), handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return real()->xRandomness(real(), size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return real()->xSleep(real(), microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* now)
{
    return real()->xCurrentTime(real(), now);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return real()->xGetLastError(real(), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return real()->xCurrentTimeInt64(real(), now);
}

int vfsSetSystemCall(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call)
{
    return real()->xSetSystemCall(real(), name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs*, const char* name)
{
    return real()->xGetSystemCall(real(), name);
}

const char* vfsNextSystemCall(sqlite3_vfs*, const char* name)
{
    return real()->xNextSystemCall(real(), name);
}

} // namespace

void install()
{
    static sqlite3_vfs vfs;
    if (state().real)
        return;
    sqlite3_initialize();
    sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
    if (!base || base->iVersion < 3)
        qFatal("FaultVfs needs a version 3 default SQLite VFS");
    state().real = base;
    vfs.iVersion = 3;
    vfs.szOsFile = int(sizeof(FaultFile)) + base->szOsFile;
    vfs.mxPathname = base->mxPathname;
    vfs.zName = "stepwise-fault";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    vfs.xSetSystemCall = vfsSetSystemCall;
    vfs.xGetSystemCall = vfsGetSystemCall;
    vfs.xNextSystemCall = vfsNextSystemCall;
    if (sqlite3_vfs_register(&vfs, 1) != SQLITE_OK)
        qFatal("FaultVfs could not be registered");
}

void failFrom(Operation operation, int nth, int sqliteErrorCode)
{
    State& s = state();
    s.operation = operation;
    s.nth = (operation == Operation::Write ? s.writes : s.syncs) + nth;
    s.errorCode = sqliteErrorCode;
    s.hit = false;
    s.armed = true;
}

void disarm()
{
    state().armed = false;
}

bool faultHit()
{
    return state().hit;
}

void resetCounts()
{
    state().writes = 0;
    state().syncs = 0;
}

int writes()
{
    return state().writes;
}

int syncs()
{
    return state().syncs;
}

void setReadOnlyFile(const QString& path)
{
    state().readOnlyPath = path.toLocal8Bit();
}

} // namespace stepwise::test::FaultVfs
