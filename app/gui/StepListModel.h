#pragma once

#include <QAbstractListModel>

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

// The chosen procedure's steps with their state from the journal, for the list on the
// left of the Roll back page. Refreshed whenever the engine's state changes.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { StateNameRole = Qt::UserRole + 1 };
    explicit StepListModel(execution::Engine *engine, QObject *parent = nullptr);

    void reload(); // after the engine attached a (new) procedure
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    execution::Engine *m_engine;
    int m_rows = 0;
};

} // namespace rollcage::gui
