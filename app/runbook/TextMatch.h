#pragma once

#include <QRegularExpression>

namespace rollcage::runbook {

// The importer's texts are valid UTF-16: they come from QString::fromUtf8 (a malformed
// sequence becomes U+FFFD) and are cut at ASCII marks. PCRE checks every subject again
// before every match unless told not to: 7 % of a megabyte's import. Used where the
// subject is such a text (a step's, a block's, the document's), not for arbitrary input.
inline QRegularExpressionMatch matchText(const QRegularExpression &re, const QString &text)
{
    return re.match(text, 0, QRegularExpression::NormalMatch,
                    QRegularExpression::DontCheckSubjectStringMatchOption);
}

inline QRegularExpressionMatchIterator matchAllText(const QRegularExpression &re,
                                                    const QString &text)
{
    return re.globalMatch(text, 0, QRegularExpression::NormalMatch,
                          QRegularExpression::DontCheckSubjectStringMatchOption);
}

} // namespace rollcage::runbook
