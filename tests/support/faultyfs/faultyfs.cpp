// earshot-faultyfs: a FUSE passthrough file system over a backing folder whose fsync() and
// fdatasync() fail with EIO while it is armed, so that tests see a disk that dies under a
// recording. See tests/support/faultyfsmount.h for how tests use it.
//
//   earshot-faultyfs <backing-dir> <mountpoint> [fuse options]
//
// It always runs in the foreground; SIGTERM (or fusermount3 -u) unmounts and ends it.
//
// Control: <mountpoint>/.faultyfs-arm, a file of this file system that is not in the backing
// folder and not listed by readdir. Writing "1" arms, "0" disarms; the flag changes before the
// write() returns, so the next fsync after it sees the new state. Reading it gives
// "<armed> <failed>\n", failed being how many fsync/fdatasync/fsyncdir calls were failed so far.
#define FUSE_USE_VERSION 31

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fuse.h>
#include <string>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

constexpr const char *ControlPath = "/.faultyfs-arm";
// fi->fh of an open control file; backing descriptors are never this.
constexpr uint64_t ControlHandle = ~uint64_t(0);

int g_backing = -1;
std::atomic<bool> g_armed { false };
std::atomic<unsigned long> g_failed { 0 };

bool isControl(const char *path)
{
    return path && std::strcmp(path, ControlPath) == 0;
}

// The high-level API hands out paths from the mount's root ("/", "/a/b"); the *at() calls take
// them relative to the backing folder.
const char *relative(const char *path)
{
    return path[1] == '\0' ? "." : path + 1;
}

int result(int rc)
{
    return rc == -1 ? -errno : 0;
}

int fault()
{
    g_failed.fetch_add(1, std::memory_order_relaxed);
    return -EIO;
}

int faultyGetattr(const char *path, struct stat *st, fuse_file_info *fi)
{
    if (isControl(path) || (fi && fi->fh == ControlHandle)) {
        std::memset(st, 0, sizeof(*st));
        st->st_mode = S_IFREG | 0600;
        st->st_nlink = 1;
        st->st_uid = getuid();
        st->st_gid = getgid();
        return 0;
    }
    if (fi)
        return result(fstat(int(fi->fh), st));
    return result(fstatat(g_backing, relative(path), st, AT_SYMLINK_NOFOLLOW));
}

int faultyMkdir(const char *path, mode_t mode)
{
    if (isControl(path))
        return -EEXIST;
    return result(mkdirat(g_backing, relative(path), mode));
}

int faultyUnlink(const char *path)
{
    if (isControl(path))
        return -EPERM;
    return result(unlinkat(g_backing, relative(path), 0));
}

int faultyRmdir(const char *path)
{
    if (isControl(path))
        return -ENOTDIR;
    return result(unlinkat(g_backing, relative(path), AT_REMOVEDIR));
}

int faultyRename(const char *from, const char *to, unsigned int flags)
{
    if (isControl(from) || isControl(to))
        return -EPERM;
    return result(renameat2(g_backing, relative(from), g_backing, relative(to), flags));
}

int faultyLink(const char *from, const char *to)
{
    if (isControl(from) || isControl(to))
        return -EPERM;
    return result(linkat(g_backing, relative(from), g_backing, relative(to), 0));
}

int faultyChmod(const char *path, mode_t mode, fuse_file_info *fi)
{
    if (isControl(path) || (fi && fi->fh == ControlHandle))
        return -EPERM;
    if (fi)
        return result(fchmod(int(fi->fh), mode));
    return result(fchmodat(g_backing, relative(path), mode, 0));
}

int faultyChown(const char *path, uid_t uid, gid_t gid, fuse_file_info *fi)
{
    if (isControl(path) || (fi && fi->fh == ControlHandle))
        return -EPERM;
    if (fi)
        return result(fchown(int(fi->fh), uid, gid));
    return result(fchownat(g_backing, relative(path), uid, gid, AT_SYMLINK_NOFOLLOW));
}

int faultyTruncate(const char *path, off_t size, fuse_file_info *fi)
{
    // open(O_TRUNC) of the control file, as a shell's "echo 1 >" does.
    if (isControl(path) || (fi && fi->fh == ControlHandle))
        return 0;
    if (fi)
        return result(ftruncate(int(fi->fh), size));
    const int fd = openat(g_backing, relative(path), O_WRONLY | O_CLOEXEC);
    if (fd == -1)
        return -errno;
    const int rc = result(ftruncate(fd, size));
    close(fd);
    return rc;
}

int faultyUtimens(const char *path, const timespec times[2], fuse_file_info *fi)
{
    if (isControl(path) || (fi && fi->fh == ControlHandle))
        return 0;
    if (fi)
        return result(futimens(int(fi->fh), times));
    return result(utimensat(g_backing, relative(path), times, AT_SYMLINK_NOFOLLOW));
}

int faultyOpen(const char *path, fuse_file_info *fi)
{
    if (isControl(path)) {
        fi->fh = ControlHandle;
        // Each read asks this process, never the page cache, for the current state.
        fi->direct_io = 1;
        return 0;
    }
    const int fd = openat(g_backing, relative(path), fi->flags | O_CLOEXEC);
    if (fd == -1)
        return -errno;
    fi->fh = uint64_t(fd);
    return 0;
}

int faultyCreate(const char *path, mode_t mode, fuse_file_info *fi)
{
    if (isControl(path))
        return faultyOpen(path, fi);
    const int fd = openat(g_backing, relative(path), fi->flags | O_CREAT | O_CLOEXEC, mode);
    if (fd == -1)
        return -errno;
    fi->fh = uint64_t(fd);
    return 0;
}

int faultyRead(const char *, char *buf, size_t size, off_t offset, fuse_file_info *fi)
{
    if (fi->fh == ControlHandle) {
        char state[64];
        const int length = std::snprintf(state, sizeof(state), "%d %lu\n", g_armed.load() ? 1 : 0,
            g_failed.load(std::memory_order_relaxed));
        if (offset >= length)
            return 0;
        const size_t count = std::min(size, size_t(length - offset));
        std::memcpy(buf, state + offset, count);
        return int(count);
    }
    const ssize_t count = pread(int(fi->fh), buf, size, offset);
    return count == -1 ? -errno : int(count);
}

int faultyWrite(const char *, const char *buf, size_t size, off_t offset, fuse_file_info *fi)
{
    if (fi->fh == ControlHandle) {
        if (size == 0)
            return 0;
        if (buf[0] != '0' && buf[0] != '1')
            return -EINVAL;
        g_armed.store(buf[0] == '1');
        std::fprintf(stderr, "earshot-faultyfs: %s\n", buf[0] == '1' ? "armed" : "disarmed");
        return int(size);
    }
    const ssize_t count = pwrite(int(fi->fh), buf, size, offset);
    return count == -1 ? -errno : int(count);
}

int faultyStatfs(const char *, struct statvfs *st)
{
    return result(fstatvfs(g_backing, st));
}

// Not faulted: a local file system reports a dying disk on fsync, not on close().
int faultyFlush(const char *, fuse_file_info *)
{
    return 0;
}

int faultyRelease(const char *, fuse_file_info *fi)
{
    if (fi->fh != ControlHandle)
        close(int(fi->fh));
    return 0;
}

int faultyFsync(const char *, int datasync, fuse_file_info *fi)
{
    if (fi->fh == ControlHandle)
        return 0;
    if (g_armed.load())
        return fault();
    const int fd = int(fi->fh);
    return result(datasync ? fdatasync(fd) : fsync(fd));
}

int faultyOpendir(const char *path, fuse_file_info *fi)
{
    const int fd = openat(g_backing, relative(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd == -1)
        return -errno;
    DIR *dir = fdopendir(fd);
    if (!dir) {
        const int error = errno;
        close(fd);
        return -error;
    }
    fi->fh = reinterpret_cast<uint64_t>(dir);
    return 0;
}

int faultyReaddir(const char *path, void *buf, fuse_fill_dir_t fill, off_t, fuse_file_info *fi,
    fuse_readdir_flags)
{
    // Offset 0 for every entry: libfuse collects the whole listing in one call.
    DIR *dir = reinterpret_cast<DIR *>(fi->fh);
    rewinddir(dir);
    const bool root = path && std::strcmp(path, "/") == 0;
    for (;;) {
        errno = 0;
        const dirent *entry = readdir(dir);
        if (!entry)
            return -errno;
        if (root && std::strcmp(entry->d_name, ControlPath + 1) == 0)
            continue;
        struct stat st
        {
        };
        st.st_ino = entry->d_ino;
        st.st_mode = DTTOIF(entry->d_type);
        if (fill(buf, entry->d_name, &st, 0, fuse_fill_dir_flags(0)))
            return 0;
    }
}

int faultyReleasedir(const char *, fuse_file_info *fi)
{
    closedir(reinterpret_cast<DIR *>(fi->fh));
    return 0;
}

int faultyFsyncdir(const char *, int datasync, fuse_file_info *fi)
{
    if (g_armed.load())
        return fault();
    const int fd = dirfd(reinterpret_cast<DIR *>(fi->fh));
    return result(datasync ? fdatasync(fd) : fsync(fd));
}

int faultyFallocate(const char *, int mode, off_t offset, off_t length, fuse_file_info *fi)
{
    if (fi->fh == ControlHandle)
        return -EOPNOTSUPP;
    return result(fallocate(int(fi->fh), mode, offset, length));
}

void *faultyInit(fuse_conn_info *, fuse_config *config)
{
    config->use_ino = 1;
    // Open files are reached through fi->fh, so unlink() may remove the backing file at once
    // instead of hiding it as .fuse_hidden*, which tests listing the folder would see.
    config->nullpath_ok = 1;
    config->hard_remove = 1;
    // A test may look at or change the backing folder directly: no caching of names or
    // attributes. File data still goes through the kernel's page cache (no direct_io).
    config->entry_timeout = 0;
    config->attr_timeout = 0;
    config->negative_timeout = 0;
    return nullptr;
}

fuse_operations operations()
{
    // Assigned one by one: the unset operations stay null without a warning per field.
    fuse_operations ops {};
    ops.getattr = faultyGetattr;
    ops.mkdir = faultyMkdir;
    ops.unlink = faultyUnlink;
    ops.rmdir = faultyRmdir;
    ops.rename = faultyRename;
    ops.link = faultyLink;
    ops.chmod = faultyChmod;
    ops.chown = faultyChown;
    ops.truncate = faultyTruncate;
    ops.open = faultyOpen;
    ops.read = faultyRead;
    ops.write = faultyWrite;
    ops.statfs = faultyStatfs;
    ops.flush = faultyFlush;
    ops.release = faultyRelease;
    ops.fsync = faultyFsync;
    ops.opendir = faultyOpendir;
    ops.readdir = faultyReaddir;
    ops.releasedir = faultyReleasedir;
    ops.fsyncdir = faultyFsyncdir;
    ops.init = faultyInit;
    ops.create = faultyCreate;
    ops.utimens = faultyUtimens;
    ops.fallocate = faultyFallocate;
    return ops;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: %s <backing-dir> <mountpoint> [fuse options]\n", argv[0]);
        return 2;
    }
    g_backing = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (g_backing == -1) {
        std::fprintf(stderr, "earshot-faultyfs: cannot open %s: %s\n", argv[1], strerror(errno));
        return 1;
    }

    // fuse_main sees: program, mountpoint, the caller's options, then ours.
    fuse_args args = FUSE_ARGS_INIT(0, nullptr);
    fuse_opt_add_arg(&args, argv[0]);
    for (int i = 2; i < argc; ++i)
        fuse_opt_add_arg(&args, argv[i]);
    // Foreground, so that the process that starts it owns the mount; the kernel checks modes
    // as on a real disk.
    fuse_opt_add_arg(&args, "-f");
    fuse_opt_add_arg(&args, "-o");
    // max_threads: libfuse 3.14 complains about its own default otherwise.
    fuse_opt_add_arg(&args,
        "default_permissions,max_threads=8,fsname=earshot-faultyfs,subtype=earshot-faultyfs");
    const fuse_operations ops = operations();
    const int rc = fuse_main(args.argc, args.argv, &ops, nullptr);
    fuse_opt_free_args(&args);
    close(g_backing);
    return rc;
}
