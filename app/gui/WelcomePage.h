#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace rollcage::gui {

class RecentRunbooks;

// The empty state: what to do when nothing is open yet.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(RecentRunbooks *recent, QWidget *parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void openRequested();
    void exampleRequested();
    void runbookChosen(const QString &path);

private:
    void refreshRecent();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    RecentRunbooks *m_recent;
};

} // namespace rollcage::gui
