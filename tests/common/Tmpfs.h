#pragma once

// A small filesystem of a test's own, to fill up or to make read-only: a tmpfs mounted on
// a directory inside the test's own mount namespace (tests/mount-namespace.sh), so it is
// seen by the test and its children only, and unmounted when the object goes. Mounting
// needs root there: without it mount() is false and the test skips.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace rollcage::test {

class Tmpfs
{
public:
    Tmpfs() = default;
    ~Tmpfs() { unmount(); }
    Q_DISABLE_COPY_MOVE(Tmpfs)

    // `size` as mount takes it: "3m".
    bool mount(const QString &dir, const QString &size)
    {
        unmount();
        if (::getuid() == 0 &&
            run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir}))
            m_dir = dir;
        return mounted();
    }
    bool mounted() const { return !m_dir.isEmpty(); }
    // "ro" or "rw".
    bool remount(const QString &mode)
    {
        return mounted() && run({QStringLiteral("-o"), QStringLiteral("remount,") + mode, m_dir});
    }
    // Lazily: a database connection still open on it must not keep it mounted.
    void unmount()
    {
        if (!mounted())
            return;
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
        m_dir.clear();
    }

private:
    static bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        return mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit &&
               mount.exitCode() == 0;
    }

    QString m_dir;
};

} // namespace rollcage::test
