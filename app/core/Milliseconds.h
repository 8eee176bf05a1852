#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rollcage {

// `value` units of `unitMs` milliseconds each, as the int Qt's timers take: negative or
// not a number gives 0, and anything past INT_MAX milliseconds (24.8 days) gives
// INT_MAX, which means "never" as well as a larger number would. Runbooks are written by
// people; "timeout=9999999" must not wrap round into a few milliseconds.
inline int timerMilliseconds(double value, qint64 unitMs)
{
    const double ms = value * double(unitMs);
    if (!(ms > 0))
        return 0;
    return ms >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                         : int(ms);
}

} // namespace rollcage
