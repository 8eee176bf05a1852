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
//
// A secret shorter than kWholeWordBelow characters (a 3-digit PIN typed at a password
// prompt) is masked where it stands as a word of its own — not next to a letter, digit
// or '_' on a side where it begins or ends with one — rather than inside every longer
// word or number that happens to contain it, which would garble every text.
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
    static constexpr qsizetype kWholeWordBelow = 4;

private:
    struct Pattern
    {
        QByteArray bytes;
        bool wordStart = false; // must not follow a word character
        bool wordEnd = false;   // must not be followed by one
    };
    // `before`: the byte released before `bytes` ('\0' for none). `final`: nothing follows
    // `bytes`; otherwise a whole-word match at its very end is left for the next piece.
    QByteArray replaceAll(const QByteArray &bytes, char before, bool final) const;
    qsizetype matchAt(const Pattern &p, const QByteArray &bytes, qsizetype from, char before,
                      bool final) const;
    qsizetype heldBackLength(const QByteArray &bytes) const;

    QList<Pattern> m_patterns; // longest first, so a longer form wins over its prefix
    QByteArray m_pending;
    char m_released = '\0'; // the last byte feed() released
    QStringList m_secrets;
};

} // namespace rollcage
