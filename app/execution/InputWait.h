#pragma once

#include <sys/types.h>

namespace rollcage::execution {

// Whether a process of process group `group` is blocked reading the terminal device
// `terminal` (a pty slave's st_rdev): in read/readv/pread on a descriptor of it, or in
// poll/select waiting for it alone (readline-style line editors wait in select on the
// terminal before they read; a program that also waits on a socket, such as ssh
// forwarding its input, is busy with something else and does not count).
//
// Linux only, from /proc: the group's members from /proc/PID/stat, each thread's
// blocking system call and its arguments from /proc/PID/task/TID/syscall, the
// descriptors from /proc/PID/fd and, for poll/select, their descriptor sets from
// /proc/PID/mem. The last three need the right to trace the process, which a process
// has over its own descendants. False when any of it cannot be read.
bool groupWaitsOnTerminal(pid_t group, dev_t terminal);

} // namespace rollcage::execution
