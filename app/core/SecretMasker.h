#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace rollcage {

// Replaces every secret value, and its base64 and URL-encoded forms, with "••••" in a
// byte stream that arrives in arbitrary pieces. A secret split across two reads is
// still caught: the tail of a piece that could be the start of a secret is held back
// until the next piece (or flush()) decides. One masker per stream.
class SecretMasker
{
public:
    SecretMasker() = default;
    explicit SecretMasker(const QStringList &secrets);

    void setSecrets(const QStringList &secrets);
    // More secrets from now on (what is held back is masked with them too).
    void addSecrets(const QStringList &secrets);
    bool isActive() const { return !m_patterns.isEmpty(); }

    // Masks `piece` appended to what was held back; returns what is safe to release.
    QByteArray feed(const QByteArray &piece);
    // Releases (masked) whatever is held back; call at end of stream.
    QByteArray flush();

    // One-shot masking of a complete text (events, reports, dry-run output).
    QString mask(const QString &text) const;
    QByteArray mask(const QByteArray &bytes) const;

    static QByteArray replacement();

private:
    QByteArray replaceAll(const QByteArray &bytes) const;
    qsizetype heldBackLength(const QByteArray &bytes) const;

    QByteArrayList m_patterns; // longest first, so a longer form wins over its prefix
    QByteArray m_pending;
    QStringList m_secrets;
};

} // namespace rollcage
