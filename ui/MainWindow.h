// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace stepwise {

class AdminHomePage;
class AppContext;
class CaseloadPage;
class ParticipantPage;
class WeekPage;
class DashboardPage;
class OutcomesPage;
class NotesWorklistPage;

// A stack of pages with the menus over them, for the signed-in user's roles: clinicians get
// the caseload and participant pages; an administrator without a clinical role gets the
// administration start page instead (never the caseload). Each page owns its logic and
// actions; signing out, locking and emergency access are handed to their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    // nullptr for a user without a clinical role.
    CaseloadPage* caseloadPage() const { return m_caseload; }
    ParticipantPage* participantPage() const { return m_participant; }
    WeekPage* weekPage() const { return m_week; }
    AppContext& context() const { return m_context; }
    // Only for an administrator without a clinical role; nullptr otherwise.
    AdminHomePage* adminHomePage() const { return m_adminHome; }
    QWidget* currentPage() const;
    bool isClinical() const { return m_caseload != nullptr; }

    // Adds an administration page (audit log, staff, ...): a page in the stack, an entry in
    // the Administration menu and, for administrators without a clinical role, a button on the
    // start page. Returns the action that shows it. The window takes ownership of `page`.
    QAction* addAdminPage(const QString& title, QWidget* page, const QKeySequence& shortcut = {});
    // The Administration menu, for dialogs that are not pages (settings); created on first use.
    QMenu* adminMenu();

    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* emergencyAccessAction() const { return m_emergencyAction; }
    QAction* draftsAction() const { return m_draftsAction; }

public slots:
    void showCaseload();
    void showWeek();
    void showNotesWorklist();
    // The supervisors' caseload review; false for anyone else.
    bool showDashboard();
    bool showOutcomes();
    bool showParticipant(stepwise::Id participantId);
    void showPage(QWidget* page);
    void emergencyAccess();
    void showDrafts();

signals:
    void lockRequested();
    void signOutRequested();
    // The user closed the window (Quit): the session ends with it.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void pageChanged();
    void about();
    QString userLine() const;

    AppContext& m_context;
    QStackedWidget* m_pages;
    CaseloadPage* m_caseload = nullptr;
    ParticipantPage* m_participant = nullptr;
    WeekPage* m_week = nullptr;
    NotesWorklistPage* m_notes = nullptr;
    DashboardPage* m_dashboard = nullptr; // supervisors only
    OutcomesPage* m_outcomes = nullptr;   // supervisors only
    AdminHomePage* m_adminHome = nullptr;
    QMenu* m_participantMenu = nullptr;
    QMenu* m_adminMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_recordAssessmentAction = nullptr;
    QAction* m_emergencyAction = nullptr;
    QAction* m_draftsAction = nullptr;
    QLabel* m_databaseLabel;
};

} // namespace stepwise
