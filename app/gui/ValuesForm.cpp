#include "gui/ValuesForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace rollcage::gui {

ValuesForm::ValuesForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_missing(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_missing->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingValues"));
    m_missing->setAccessibleName(tr("Values still missing"));
    layout->addWidget(m_missing);
}

void ValuesForm::setNeeded(const QList<execution::NeededValue> &needed, const QStringList &secrets,
                           const QHash<QString, QString> &values)
{
    QHash<QString, QString> typed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        typed.insert(it.key(), it.value()->text());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_needed = needed;
    for (const execution::NeededValue &v : needed) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("value_") + v.name);
        field->setAccessibleName(v.name);
        field->setText(typed.contains(v.name) ? typed.value(v.name) : values.value(v.name));
        field->setMinimumWidth(260);
        QString hint = v.required()
                           ? (v.steps.size() == 1 ? tr("needed by step %1").arg(v.steps.first() + 1)
                                                  : tr("needed by steps %1").arg(execution::stepNumbers(v.steps)))
                           : tr("used in messages; may stay empty");
        if (!v.choices.isEmpty())
            hint = v.choices.join(QStringLiteral(" / ")) + QStringLiteral(" — ") + hint;
        field->setPlaceholderText(hint);
        field->setToolTip(hint);
        connect(field, &QLineEdit::textChanged, this, [this] {
            updateMissing();
            Q_EMIT changed();
        });
        m_fields.insert(v.name, field);
        m_form->addRow(v.required() ? tr("%1 *:").arg(v.name) : tr("%1:").arg(v.name), field);
    }
    if (!secrets.isEmpty()) {
        auto *note = new QLabel(tr("Secrets come from the keychain (or are asked for) when a step "
                                   "needs them, and are never recorded: %1")
                                    .arg(secrets.join(QStringLiteral(", "))),
                                this);
        note->setWordWrap(true);
        m_form->addRow(note);
    }
    if (needed.isEmpty() && secrets.isEmpty()) {
        auto *none = new QLabel(tr("This procedure needs no values."), this);
        m_form->addRow(none);
    }
    updateMissing();
}

QHash<QString, QString> ValuesForm::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    return out;
}

void ValuesForm::setValue(const QString &name, const QString &value)
{
    if (QLineEdit *field = m_fields.value(name))
        field->setText(value);
}

void ValuesForm::setShowMissing(bool show)
{
    m_showMissing = show;
    updateMissing();
}

QList<execution::NeededValue> ValuesForm::missing() const
{
    return execution::missingValues(m_needed, values());
}

QList<QLineEdit *> ValuesForm::fieldsInOrder() const
{
    QList<QLineEdit *> fields;
    for (const execution::NeededValue &v : m_needed)
        fields << m_fields.value(v.name);
    return fields;
}

bool ValuesForm::focusFirstMissing()
{
    const QList<execution::NeededValue> gaps = missing();
    QLineEdit *target = gaps.isEmpty() ? fieldsInOrder().value(0) : m_fields.value(gaps.first().name);
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ValuesForm::updateMissing()
{
    const QList<execution::NeededValue> gaps = missing();
    m_missing->setText(gaps.isEmpty() ? QString()
                                      : tr("Still needed: %1.").arg(execution::describeMissing(gaps)));
    m_missing->setVisible(m_showMissing && !gaps.isEmpty());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool gap = std::any_of(gaps.cbegin(), gaps.cend(),
                                     [&](const execution::NeededValue &v) { return v.name == it.key(); });
        it.value()->setProperty("missing", gap);
    }
}

} // namespace rollcage::gui
