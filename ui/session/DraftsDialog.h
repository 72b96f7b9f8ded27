// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftStore.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace stepwise {

class AppContext;
class MainWindow;
class MessageBar;

// The signed-in user's drafts (forms they left unsaved when someone else took the workstation),
// shown after sign-in when there are any and from File > Your Drafts. Open brings up the same
// form, which offers the draft back; Discard throws it away.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    DraftsDialog(AppContext& context, MainWindow& window, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* discardButton() const { return m_discard; }
    int count() const { return int(m_drafts.size()); }

    // Opens the form a draft came from (its offer then brings the draft back).
    static bool openForm(const Draft& draft, MainWindow& window);

public slots:
    void reload();
    bool openSelected();
    bool discardSelected();

private:
    const Draft* selected() const;
    void updateButtons();

    AppContext& m_context;
    MainWindow& m_window;
    QList<Draft> m_drafts;
    MessageBar* m_messageBar;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_discard;
};

} // namespace stepwise
