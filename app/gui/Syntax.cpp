#include "gui/Syntax.h"

#include <KSyntaxHighlighting/Repository>

#include <QHash>
#include <QPalette>

namespace rollcage::gui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool ownDefinitions = [] {
        // Rollcage's own definitions (resources/syntax), e.g. the checks of a health gate.
        repository.addCustomSearchPath(QStringLiteral(":/rollcage/ksyntaxhighlighting"));
        return true;
    }();
    Q_UNUSED(ownDefinitions);
    return repository;
}

KSyntaxHighlighting::Definition definitionForLanguage(const QString &language)
{
    // Info strings runbook authors write, mapped to the repository's definition names.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("psql"), QStringLiteral("SQL (PostgreSQL)")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("log"), QStringLiteral("Log File (advanced)")},
        {QStringLiteral("health"), QStringLiteral("Rollcage Health Gate")},
    };
    const QString key = language.trimmed().toLower();
    if (key.isEmpty())
        return {};
    auto &repo = syntaxRepository();
    const auto alias = aliases.constFind(key);
    KSyntaxHighlighting::Definition definition =
        repo.definitionForName(alias != aliases.cend() ? *alias : key);
    if (!definition.isValid())
        definition = repo.definitionForFileName(QStringLiteral("block.") + key);
    return definition;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return syntaxRepository().themeForPalette(palette);
}

} // namespace rollcage::gui
