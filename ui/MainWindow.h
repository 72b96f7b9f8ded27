// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;

namespace stepwise {

class AppContext;
class CaseloadPage;
class ParticipantPage;

// A stack of pages with the menus over them. Each page owns its logic and actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    CaseloadPage* caseloadPage() const { return m_caseload; }
    ParticipantPage* participantPage() const { return m_participant; }
    QWidget* currentPage() const;

public slots:
    void showCaseload();
    bool showParticipant(stepwise::Id participantId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void pageChanged();
    void about();

    AppContext& m_context;
    QStackedWidget* m_pages;
    CaseloadPage* m_caseload;
    ParticipantPage* m_participant;
    QMenu* m_participantMenu = nullptr;
    QLabel* m_databaseLabel;
};

} // namespace stepwise
