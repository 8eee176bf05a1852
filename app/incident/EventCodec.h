#pragma once

// How a typed event (incident/Events.h) becomes the JSON payload the store keeps, and back.
// Each event lists its fields once — key, member, flags — and everything here (writing,
// reading, masking the free text) walks that list, so a key name exists in one place.

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QMap>
#include <QStringList>

#include <optional>
#include <tuple>

// The name an event type is stored under, as the struct's `Name`.
#define ROLLCAGE_EVENT(NAME) static inline const QString Name = QStringLiteral(NAME)

namespace rollcage::incident::events {

enum FieldFlag : unsigned {
    Plain = 0,
    // What people type or programs print: masked with the incident's secrets on append.
    // The structured fields (status, phase, resolution…) are what the state is rebuilt
    // from, and a short secret must not be able to garble them.
    Text = 1,
    // Written only when it says something (non-empty, non-zero, true): the journals
    // written before the field existed read the same as one where it is empty.
    Optional = 2,
};

template<class Event, class T, unsigned Flags> struct Field
{
    static constexpr unsigned flags = Flags;
    QLatin1StringView key;
    T Event::*member;
};

// field("reason", &StepSkipped::reason) or field<Text | Optional>(…).
template<unsigned Flags = Plain, class Event, class T>
constexpr Field<Event, T, Flags> field(const char *key, T Event::*member)
{
    return {QLatin1StringView(key), member};
}

namespace codec {

inline QJsonValue toValue(const QString &v)
{
    return v;
}
inline QJsonValue toValue(int v)
{
    return v;
}
inline QJsonValue toValue(qint64 v)
{
    return v;
}
inline QJsonValue toValue(bool v)
{
    return v;
}
inline QJsonValue toValue(const QJsonObject &v)
{
    return v;
}
inline QJsonValue toValue(const QStringList &v)
{
    return QJsonArray::fromStringList(v);
}
inline QJsonValue toValue(const QMap<QString, QString> &v)
{
    QJsonObject o;
    for (auto it = v.constBegin(); it != v.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline void fromValue(const QJsonValue &j, QString &v)
{
    v = j.toString();
}
inline void fromValue(const QJsonValue &j, int &v)
{
    v = j.toInt(v);
}
inline void fromValue(const QJsonValue &j, qint64 &v)
{
    v = j.toInteger(v);
}
inline void fromValue(const QJsonValue &j, bool &v)
{
    v = j.toBool(v);
}
inline void fromValue(const QJsonValue &j, QJsonObject &v)
{
    v = j.toObject();
}
inline void fromValue(const QJsonValue &j, QStringList &v)
{
    v.clear();
    for (const QJsonValue &item : j.toArray())
        v.append(item.toString());
}
inline void fromValue(const QJsonValue &j, QMap<QString, QString> &v)
{
    v.clear();
    const QJsonObject o = j.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        v.insert(it.key(), it.value().toString());
}

template<class T> bool isEmpty(const T &v)
{
    if constexpr (std::is_arithmetic_v<T>)
        return v == T{};
    else
        return v.isEmpty();
}

template<class T> void put(QJsonObject &o, QLatin1StringView key, unsigned flags, const T &v)
{
    if (!(flags & Optional) || !isEmpty(v))
        o.insert(key, toValue(v));
}
template<class T>
void put(QJsonObject &o, QLatin1StringView key, unsigned, const std::optional<T> &v)
{
    if (v)
        o.insert(key, toValue(*v));
}

template<class T> void get(const QJsonObject &o, QLatin1StringView key, T &v)
{
    if (const auto it = o.constFind(key); it != o.constEnd())
        fromValue(*it, v);
}
template<class T> void get(const QJsonObject &o, QLatin1StringView key, std::optional<T> &v)
{
    if (const auto it = o.constFind(key); it != o.constEnd()) {
        T value{};
        fromValue(*it, value);
        v = value;
    }
}

template<class Mask> void maskValue(QString &v, const Mask &mask)
{
    v = mask(v);
}
template<class Mask> void maskValue(std::optional<QString> &v, const Mask &mask)
{
    if (v)
        *v = mask(*v);
}
template<class Mask> void maskValue(QMap<QString, QString> &v, const Mask &mask)
{
    for (auto it = v.begin(); it != v.end(); ++it)
        *it = mask(*it);
}
template<class Mask> void maskValue(QJsonObject &v, const Mask &mask)
{
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (it->isString())
            *it = mask(it->toString());
    }
}
template<class T, class Mask> void maskValue(T &, const Mask &)
{
    static_assert(!sizeof(T *), "only text fields can be marked Text");
}

} // namespace codec

template<class E> QJsonObject toJson(const E &e)
{
    QJsonObject o;
    std::apply([&](const auto &...f) { (codec::put(o, f.key, f.flags, e.*(f.member)), ...); },
               E::fields());
    return o;
}

template<class E> E fromJson(const QJsonObject &o)
{
    E e;
    std::apply([&](const auto &...f) { (codec::get(o, f.key, e.*(f.member)), ...); }, E::fields());
    return e;
}

// Applies `mask` (QString -> QString) to every field flagged Text.
template<class E, class Mask> void maskText(E &e, const Mask &mask)
{
    std::apply(
        [&](const auto &...f) {
            (
                [&] {
                    if constexpr ((std::decay_t<decltype(f)>::flags & Text) != 0)
                        codec::maskValue(e.*(f.member), mask);
                }(),
                ...);
        },
        E::fields());
}

} // namespace rollcage::incident::events
