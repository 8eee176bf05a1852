#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rollcage {

// The outcome of an operation that can fail in a way the user must hear about.
// `error` is a sentence for a human: what went wrong, where, and what to do.
struct [[nodiscard]] Status
{
    bool ok = true;
    QString error;

    static Status success() { return {}; }
    static Status failure(QString message) { return {false, std::move(message)}; }
    explicit operator bool() const { return ok; }
};

// A value or the reason there is none.
template<typename T>
struct [[nodiscard]] Result
{
    std::optional<T> value;
    QString error;

    static Result success(T v) { return {std::move(v), {}}; }
    static Result failure(QString message) { return {std::nullopt, std::move(message)}; }
    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *value; }
    T &operator*() { return *value; }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
};

} // namespace rollcage
