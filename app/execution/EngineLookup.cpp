// Naming things: procedures by their title, services by a slug of the runbook title.
#include "execution/Engine.h"

namespace rollcage::execution {

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("service") : out;
}

Result<int> findProcedure(const runbook::Runbook &runbook, const QString &title)
{
    QStringList names;
    int exact = -1;
    int partial = -1;
    int partials = 0;
    for (int i = 0; i < runbook.procedures.size(); ++i) {
        const QString &name = runbook.procedures.at(i).title;
        names.append(name);
        if (name.compare(title, Qt::CaseInsensitive) == 0)
            exact = i;
        else if (name.contains(title, Qt::CaseInsensitive)) {
            partial = i;
            ++partials;
        }
    }
    if (exact >= 0)
        return Result<int>::success(exact);
    if (partials == 1)
        return Result<int>::success(partial);
    return Result<int>::failure(
        Engine::tr("No procedure %1 \"%2\" in %3. Procedures: %4.")
            .arg(partials > 1 ? Engine::tr("is uniquely named by") : Engine::tr("matches"), title,
                 runbook.source,
                 names.isEmpty() ? Engine::tr("none") : names.join(QStringLiteral("; "))));
}

} // namespace rollcage::execution
