#include "core/SecretMasker.h"

#include <QUrl>

#include <algorithm>

namespace rollcage {

namespace {
void addPattern(QByteArrayList &patterns, const QByteArray &p)
{
    if (!p.isEmpty() && !patterns.contains(p))
        patterns.append(p);
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
        const QByteArray raw = secret.toUtf8();
        addPattern(m_patterns, raw);
        // Padding depends on what follows the secret in a larger encoded blob, so the
        // unpadded form is what can be recognised inside other text.
        addPattern(m_patterns, raw.toBase64(QByteArray::OmitTrailingEquals));
        addPattern(m_patterns,
                   raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        addPattern(m_patterns, QUrl::toPercentEncoding(secret));
        // Form encoding writes spaces as '+'.
        addPattern(m_patterns, QUrl::toPercentEncoding(secret, " ").replace(' ', '+'));
    }
    std::sort(m_patterns.begin(), m_patterns.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray SecretMasker::replacement()
{
    return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
}

QByteArray SecretMasker::replaceAll(const QByteArray &bytes) const
{
    if (m_patterns.isEmpty())
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        // The earliest match wins; among matches at the same place, the longest.
        qsizetype best = -1;
        qsizetype bestLen = 0;
        for (const QByteArray &p : m_patterns) {
            const qsizetype at = bytes.indexOf(p, pos);
            if (at >= 0 && (best < 0 || at < best || (at == best && p.size() > bestLen))) {
                best = at;
                bestLen = p.size();
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
    // The longest tail of `bytes` that is a proper prefix of some pattern.
    qsizetype longest = 0;
    for (const QByteArray &p : m_patterns) {
        const qsizetype maxLen = std::min(p.size() - 1, bytes.size());
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
    QByteArray masked = replaceAll(data);
    const qsizetype keep = heldBackLength(masked);
    if (keep > 0) {
        m_pending = masked.right(keep);
        masked.chop(keep);
    }
    return masked;
}

QByteArray SecretMasker::flush()
{
    QByteArray rest = replaceAll(m_pending);
    m_pending.clear();
    return rest;
}

QByteArray SecretMasker::mask(const QByteArray &bytes) const
{
    return replaceAll(bytes);
}

QString SecretMasker::mask(const QString &text) const
{
    if (m_patterns.isEmpty())
        return text;
    return QString::fromUtf8(replaceAll(text.toUtf8()));
}

} // namespace rollcage
