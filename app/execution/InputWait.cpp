#include "execution/InputWait.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rollcage::execution {

namespace {

// Reads a small /proc file whole; -1 when it cannot be read.
ssize_t readSmall(const char *path, char *buffer, size_t size)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const ssize_t n = ::read(fd, buffer, size - 1);
    ::close(fd);
    if (n >= 0)
        buffer[n] = '\0';
    return n;
}

bool isDigits(const char *name)
{
    if (!*name)
        return false;
    for (; *name; ++name) {
        if (*name < '0' || *name > '9')
            return false;
    }
    return true;
}

// The process group of process `pid` from /proc/PID/stat ("pid (comm) state ppid pgrp …",
// where comm may hold spaces and parentheses: the fields start after the last ')').
pid_t processGroupOf(const char *pid)
{
    char path[64];
    char text[512];
    std::snprintf(path, sizeof path, "/proc/%s/stat", pid);
    if (readSmall(path, text, sizeof text) <= 0)
        return -1;
    const char *end = std::strrchr(text, ')');
    if (!end)
        return -1;
    char state = 0;
    long ppid = 0, pgrp = 0;
    if (std::sscanf(end + 1, " %c %ld %ld", &state, &ppid, &pgrp) != 3)
        return -1;
    return pid_t(pgrp);
}

bool isTerminal(const char *pid, unsigned long fd, dev_t terminal)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%s/fd/%lu", pid, fd);
    struct ::stat st{};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode) && st.st_rdev == terminal;
}

bool readMemory(const char *pid, unsigned long address, void *buffer, size_t size)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%s/mem", pid);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::pread(fd, buffer, size, off_t(address));
    ::close(fd);
    return n == ssize_t(size);
}

// poll/ppoll(fds, nfds, …): waiting for reading the terminal and nothing else.
bool pollsTerminalAlone(const char *pid, unsigned long fds, unsigned long count, dev_t terminal)
{
    std::array<struct ::pollfd, 16> entries{};
    if (count == 0 || count > entries.size() ||
        !readMemory(pid, fds, entries.data(), count * sizeof(struct ::pollfd)))
        return false;
    bool any = false;
    for (unsigned long i = 0; i < count; ++i) {
        const struct ::pollfd &e = entries.at(i);
        if (e.fd < 0 || !(e.events & POLLIN))
            continue;
        if (!isTerminal(pid, unsigned(e.fd), terminal))
            return false;
        any = true;
    }
    return any;
}

// select/pselect6(nfds, readfds, …): the same for a descriptor set.
bool selectsTerminalAlone(const char *pid, unsigned long nfds, unsigned long readSet,
                          dev_t terminal)
{
    std::array<unsigned char, 128> bits{}; // FD_SETSIZE 1024
    if (nfds == 0 || nfds > bits.size() * 8 || readSet == 0 ||
        !readMemory(pid, readSet, bits.data(), (nfds + 7) / 8))
        return false;
    bool any = false;
    for (unsigned long fd = 0; fd < nfds; ++fd) {
        if (!(bits.at(fd / 8) & (1u << (fd % 8))))
            continue;
        if (!isTerminal(pid, fd, terminal))
            return false;
        any = true;
    }
    return any;
}

// One thread: /proc/PID/task/TID/syscall is "NR ARG0 … ARG5 SP PC" while it is blocked
// in a system call, "running" or "-1 SP PC" otherwise.
bool threadWaits(const char *pid, const char *tid, dev_t terminal)
{
    char path[96];
    char text[256];
    std::snprintf(path, sizeof path, "/proc/%s/task/%s/syscall", pid, tid);
    if (readSmall(path, text, sizeof text) <= 0)
        return false;
    long nr = -1;
    unsigned long a[6] = {};
    if (std::sscanf(text, "%ld %lx %lx %lx %lx %lx %lx", &nr, &a[0], &a[1], &a[2], &a[3], &a[4],
                    &a[5]) != 7)
        return false;
    switch (nr) {
    case SYS_read:
    case SYS_readv:
    case SYS_pread64:
        return isTerminal(pid, a[0], terminal);
#ifdef SYS_poll
    case SYS_poll:
#endif
    case SYS_ppoll:
        return pollsTerminalAlone(pid, a[0], a[1], terminal);
#ifdef SYS_select
    case SYS_select:
#endif
    case SYS_pselect6:
        return selectsTerminalAlone(pid, a[0], a[1], terminal);
    default:
        return false;
    }
}

bool processWaits(const char *pid, dev_t terminal)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%s/task", pid);
    DIR *tasks = ::opendir(path);
    if (!tasks)
        return false;
    bool waits = false;
    while (const struct ::dirent *entry = ::readdir(tasks)) {
        if (isDigits(entry->d_name) && threadWaits(pid, entry->d_name, terminal)) {
            waits = true;
            break;
        }
    }
    ::closedir(tasks);
    return waits;
}

} // namespace

bool groupWaitsOnTerminal(pid_t group, dev_t terminal)
{
    if (group <= 0)
        return false;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return false;
    bool waits = false;
    while (const struct ::dirent *entry = ::readdir(proc)) {
        if (!isDigits(entry->d_name) || processGroupOf(entry->d_name) != group)
            continue;
        if (processWaits(entry->d_name, terminal)) {
            waits = true;
            break;
        }
    }
    ::closedir(proc);
    return waits;
}

} // namespace rollcage::execution
