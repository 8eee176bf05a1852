#include "core/SecretMasker.h"

#include <QUrl>

#include <algorithm>

namespace rollcage {

namespace {
bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
} // namespace

SecretMasker::SecretMasker(const QStringList &secrets)
{
    setSecrets(secrets);
}

void SecretMasker::addSecrets(const QStringList &secrets)
{
    QStringList all = m_secrets;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && !all.contains(secret))
            all.append(secret);
    }
    if (all.size() != m_secrets.size())
        setSecrets(all);
}

void SecretMasker::setSecrets(const QStringList &secrets)
{
    m_secrets = secrets;
    m_patterns.clear();
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        const bool wholeWord = secret.size() < kWholeWordBelow;
        const auto add = [this, wholeWord](const QByteArray &p) {
            const bool known = std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                                           [&p](const Pattern &q) { return q.bytes == p; });
            if (p.isEmpty() || known)
                return;
            m_patterns.append(
                {p, wholeWord && isWordByte(p.front()), wholeWord && isWordByte(p.back())});
        };
        const QByteArray raw = secret.toUtf8();
        add(raw);
        // Padding depends on what follows the secret in a larger encoded blob, so the
        // unpadded form is what can be recognised inside other text.
        add(raw.toBase64(QByteArray::OmitTrailingEquals));
        add(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        add(QUrl::toPercentEncoding(secret));
        // Form encoding writes spaces as '+'.
        add(QUrl::toPercentEncoding(secret, " ").replace(' ', '+'));
    }
    std::sort(m_patterns.begin(), m_patterns.end(),
              [](const Pattern &a, const Pattern &b) { return a.bytes.size() > b.bytes.size(); });
}

QByteArray SecretMasker::replacement()
{
    return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
}

// Where `p` next stands in `bytes` from `from` on, -1 when it does not (or, at the very
// end of an unfinished stream, cannot be told yet).
qsizetype SecretMasker::matchAt(const Pattern &p, const QByteArray &bytes, qsizetype from,
                                char before, bool final) const
{
    for (qsizetype at = bytes.indexOf(p.bytes, from); at >= 0;
         at = bytes.indexOf(p.bytes, at + 1)) {
        const qsizetype after = at + p.bytes.size();
        if (p.wordStart && isWordByte(at > 0 ? bytes.at(at - 1) : before))
            continue;
        if (p.wordEnd && (after < bytes.size() ? isWordByte(bytes.at(after)) : !final))
            continue;
        return at;
    }
    return -1;
}

QByteArray SecretMasker::replaceAll(const QByteArray &bytes, char before, bool final) const
{
    if (m_patterns.isEmpty())
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype pos = 0;
    // Where each pattern stands next: still true after a match before it (a boundary is
    // judged on the bytes as they came), so each pattern is looked for once per match.
    QList<qsizetype> next(m_patterns.size(), -2);
    while (pos < bytes.size()) {
        // The earliest match wins; among matches at the same place, the longest.
        qsizetype best = -1;
        qsizetype bestLen = 0;
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            const Pattern &p = m_patterns.at(i);
            if (next[i] == -2 || (next[i] >= 0 && next[i] < pos))
                next[i] = matchAt(p, bytes, pos, before, final);
            const qsizetype at = next[i];
            if (at >= 0 && (best < 0 || at < best || (at == best && p.bytes.size() > bestLen))) {
                best = at;
                bestLen = p.bytes.size();
            }
        }
        if (best < 0)
            break;
        out.append(bytes.constData() + pos, best - pos);
        out.append(replacement());
        pos = best + bestLen;
    }
    out.append(bytes.constData() + pos, bytes.size() - pos);
    return out;
}

qsizetype SecretMasker::heldBackLength(const QByteArray &bytes) const
{
    // The longest tail of `bytes` that is a proper prefix of some pattern, or a whole one
    // whose end as a word the next piece decides.
    qsizetype longest = 0;
    for (const Pattern &pattern : m_patterns) {
        const QByteArray &p = pattern.bytes;
        const qsizetype maxLen = std::min(p.size() - (pattern.wordEnd ? 0 : 1), bytes.size());
        for (qsizetype len = maxLen; len > longest; --len) {
            if (std::equal(bytes.constEnd() - len, bytes.constEnd(), p.constBegin())) {
                longest = len;
                break;
            }
        }
    }
    return longest;
}

QByteArray SecretMasker::feed(const QByteArray &piece)
{
    if (m_patterns.isEmpty())
        return piece;
    QByteArray data = m_pending + piece;
    m_pending.clear();
    // A match must not be cut by the hold-back, so mask first, then hold back only a tail
    // of the unmasked remainder that could still grow into a secret.
    QByteArray masked = replaceAll(data, m_released, false);
    const qsizetype keep = heldBackLength(masked);
    if (keep > 0) {
        m_pending = masked.right(keep);
        masked.chop(keep);
    }
    if (!masked.isEmpty())
        m_released = masked.back();
    return masked;
}

QByteArray SecretMasker::flush()
{
    QByteArray rest = replaceAll(m_pending, m_released, true);
    m_pending.clear();
    m_released = '\0';
    return rest;
}

QByteArray SecretMasker::mask(const QByteArray &bytes) const
{
    return replaceAll(bytes, '\0', true);
}

QString SecretMasker::mask(const QString &text) const
{
    if (m_patterns.isEmpty())
        return text;
    return QString::fromUtf8(replaceAll(text.toUtf8(), '\0', true));
}

} // namespace rollcage
