// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppContext.h"
#include "admin/AdminPages.h"
#include "assessment/AssessmentsTab.h"
#include "caseload/CaseloadPage.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "common/UiSettings.h"
#include "discharge/EpisodeActions.h"
#include "notes/NotesWorklistPage.h"
#include "outcomes/OutcomesPage.h"
#include "participant/ParticipantPage.h"
#include "reports/SummaryDialog.h"
#include "schedule/WeekPage.h"
#include "session/AdminHomePage.h"
#include "session/DraftsDialog.h"
#include "session/EmergencyAccessDialog.h"
#include "storage/Database.h"
#include "supervision/DashboardPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace stepwise {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const auto& session = m_context.database().session();
    // Clinical pages only for clinical roles: core would refuse an administrator anyway, but
    // a page of refusals is no start page.
    if (session && session->roles.isClinical()) {
        m_caseload = new CaseloadPage(context, m_pages);
        m_participant = new ParticipantPage(context, m_pages);
        m_week = new WeekPage(context, m_pages);
        m_notes = new NotesWorklistPage(context, m_pages);
        m_pages->addWidget(m_caseload);
        m_pages->addWidget(m_participant);
        m_pages->addWidget(m_week);
        m_pages->addWidget(m_notes);
        if (session->roles.has(StaffRole::Supervisor)) {
            m_dashboard = new DashboardPage(context, m_pages);
            m_pages->addWidget(m_dashboard);
            m_outcomes = new OutcomesPage(context, m_pages);
            m_pages->addWidget(m_outcomes);
        }
    } else {
        m_adminHome = new AdminHomePage(session ? session->name : QString(), m_pages);
        m_pages->addWidget(m_adminHome);
    }
    // No participant's name ever goes into the title: it shows in task bars and screen shares.
    const QString file = QFileInfo(m_context.databasePath()).fileName();
    setWindowTitle(session ? tr("%1 \u2014 %2 \u2014 Stepwise").arg(file, userLine())
                           : tr("%1 \u2014 Stepwise").arg(file));
    setCentralWidget(m_pages);

    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_context.databasePath())));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();
    AdminPages::install(*this, m_context);
    if (m_caseload) {
        connect(
            m_caseload, &CaseloadPage::participantActivated, this, &MainWindow::showParticipant);
        connect(m_participant, &ParticipantPage::backRequested, this, &MainWindow::showCaseload);
    }
    if (m_dashboard) {
        connect(m_dashboard, &DashboardPage::participantActivated, this,
            [this](qint64 id) { showParticipant(id); });
    }
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);

    resize(1280, 800);
    restoreGeometry(UiSettings::value(UiKey::MainWindowGeometry).toByteArray());
    restoreState(UiSettings::value(UiKey::MainWindowState).toByteArray());
    pageChanged();
}

QString MainWindow::userLine() const
{
    const auto& session = m_context.database().session();
    if (!session)
        return {};
    return tr("%1 (%2)").arg(session->name, session->roles.labels());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_caseload) {
        file->addAction(m_caseload->newParticipantAction());
        file->addSeparator();
    }
    m_draftsAction = file->addAction(tr("Your &Drafts\u2026"), this, &MainWindow::showDrafts);
    m_draftsAction->setObjectName(QStringLiteral("draftsAction"));
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock Now"), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_signOutAction = file->addAction(tr("Sign &Out"), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    if (m_caseload) {
        QMenu* view = menuBar()->addMenu(tr("&View"));
        QAction* caseload = view->addAction(tr("&Caseload"), this, &MainWindow::showCaseload);
        caseload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
        // Find works from any page: it brings the caseload forward first.
        QAction* find = m_caseload->findAction();
        connect(find, &QAction::triggered, this, [this] {
            showCaseload();
            m_caseload->focusSearch();
        });
        QAction* week = view->addAction(tr("&Week's Sessions"), this, &MainWindow::showWeek);
        week->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
        QAction* notes
            = view->addAction(tr("&Notes Worklist"), this, &MainWindow::showNotesWorklist);
        notes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        if (m_dashboard) {
            QAction* review
                = view->addAction(tr("Caseload &Review"), this, &MainWindow::showDashboard);
            review->setObjectName(QStringLiteral("caseloadReviewAction"));
            review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
            QAction* outcomes
                = view->addAction(tr("Program &Outcomes"), this, &MainWindow::showOutcomes);
            outcomes->setObjectName(QStringLiteral("programOutcomesAction"));
            outcomes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
        }
        view->addAction(find);
        view->addAction(m_caseload->refreshAction());

        QMenu* schedule = menuBar()->addMenu(tr("&Schedule"));
        schedule->addAction(m_week->takeAttendanceAction());
        schedule->addAction(m_week->groupNoteAction());
        schedule->addSeparator();
        schedule->addAction(m_week->bookAction());
        schedule->addAction(m_week->newGroupAction());
        schedule->addAction(m_week->cancelSessionAction());
        // A booked session or a new group shows in the week afterwards; taking attendance and
        // cancelling act on the week's selection, so they show only with the week.
        for (QAction* a : { m_week->bookAction(), m_week->newGroupAction() })
            connect(a, &QAction::triggered, this, &MainWindow::showWeek);

        m_participantMenu = menuBar()->addMenu(tr("&Participant"));
        m_participantMenu->addAction(m_participant->editAction());
        m_participantMenu->addAction(m_participant->editPlanAction());
        m_participantMenu->addAction(m_participant->changePhaseAction());
        m_participantMenu->addSeparator();
        m_participantMenu->addActions(m_participant->episodeActions()->actions());
        // The progress summary of the chart on screen (issue 7); shown with the chart only.
        QAction* summary
            = m_participantMenu->addAction(tr("Pro&gress Summary\u2026"), this, [this] {
                  if (const Id id = m_participant->participantId(); id != 0) {
                      SummaryDialog dialog(m_context, id, this);
                      dialog.exec();
                  }
              });
        summary->setObjectName(QStringLiteral("progressSummaryAction"));
        summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        summary->setVisible(false);
        connect(m_pages, &QStackedWidget::currentChanged, summary,
            [this, summary] { summary->setVisible(m_pages->currentWidget() == m_participant); });
        // The same menu as the Assessments tab's button, so it is found from the menu bar too.
        QMenu* record = m_participant->assessmentsTab()->recordMenu();
        record->setTitle(tr("Record &Assessment"));
        m_recordAssessmentAction = m_participantMenu->addMenu(record);
        m_participantMenu->addSeparator();
        m_emergencyAction = m_participantMenu->addAction(
            tr("&Emergency Access\u2026"), this, &MainWindow::emergencyAccess);
        m_emergencyAction->setObjectName(QStringLiteral("emergencyAccessAction"));
        m_participantMenu->addSeparator();
        m_participantMenu->addAction(m_participant->backAction());
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Stepwise"), this, &MainWindow::about);
}

QMenu* MainWindow::adminMenu()
{
    if (!m_adminMenu) {
        m_adminMenu = new QMenu(tr("&Administration"), this);
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_adminMenu);
    }
    return m_adminMenu;
}

QAction* MainWindow::addAdminPage(const QString& title, QWidget* page, const QKeySequence& shortcut)
{
    m_pages->addWidget(page);
    QAction* show = adminMenu()->addAction(title, this, [this, page] { showPage(page); });
    if (!shortcut.isEmpty())
        show->setShortcut(shortcut);
    if (m_adminHome) {
        m_adminHome->addPage(show);
        // Home comes back from any administration page.
        if (m_adminMenu->actions().size() == 1) {
            QAction* home = new QAction(tr("Administration &Home"), this);
            connect(home, &QAction::triggered, this, [this] { showPage(m_adminHome); });
            m_adminMenu->insertAction(show, home);
            m_adminMenu->insertSeparator(show);
        }
    }
    return show;
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPage(QWidget* page)
{
    if (m_pages->indexOf(page) >= 0)
        m_pages->setCurrentWidget(page);
}

void MainWindow::showCaseload()
{
    if (!m_caseload)
        return;
    const Id shown = m_participant->participantId();
    m_pages->setCurrentWidget(m_caseload);
    if (shown != 0)
        m_caseload->selectParticipant(shown);
    m_caseload->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showWeek()
{
    if (!m_week)
        return;
    if (m_pages->currentWidget() != m_week) {
        m_week->reload();
        m_pages->setCurrentWidget(m_week);
    }
    m_week->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showNotesWorklist()
{
    if (!m_notes)
        return;
    m_pages->setCurrentWidget(m_notes);
    m_notes->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::showDashboard()
{
    if (!m_dashboard)
        return false;
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->countsView()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::showOutcomes()
{
    if (!m_outcomes)
        return false;
    m_pages->setCurrentWidget(m_outcomes);
    m_outcomes->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::showParticipant(Id participantId)
{
    if (!m_participant)
        return false;
    if (!m_participant->showParticipant(participantId)) {
        // The reason (a refusal from core included) is in the page's message bar; show the
        // page so it is seen.
        m_pages->setCurrentWidget(m_participant);
        return false;
    }
    m_pages->setCurrentWidget(m_participant);
    m_participant->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::emergencyAccess()
{
    if (!m_participant)
        return;
    EmergencyAccessDialog dialog(m_context.database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!showParticipant(dialog.participantId()))
        return;
    if (dialog.grant()) {
        const QString until
            = dialog.grant()->expiresAt.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        statusBar()->showMessage(
            tr("Emergency access until %1 \u2014 every view is logged").arg(until));
    }
}

void MainWindow::showDrafts()
{
    DraftsDialog dialog(m_context, *this, this);
    dialog.exec();
}

void MainWindow::pageChanged()
{
    const bool onParticipant = m_participant && m_pages->currentWidget() == m_participant;
    const bool onWeek = m_week && m_pages->currentWidget() == m_week;
    if (m_week) {
        m_week->takeAttendanceAction()->setVisible(onWeek);
        m_week->cancelSessionAction()->setVisible(onWeek);
        m_week->groupNoteAction()->setVisible(onWeek);
    }
    // The chart's own actions show while a chart does; emergency access is there throughout.
    if (m_participant) {
        for (QAction* a : { m_participant->editAction(), m_participant->editPlanAction(),
                 m_participant->changePhaseAction(), m_participant->backAction(),
                 m_recordAssessmentAction })
            a->setVisible(onParticipant);
        for (QAction* a : m_participant->episodeActions()->actions())
            a->setVisible(onParticipant);
    }
    if (!m_caseload)
        statusBar()->showMessage(tr("Ctrl+L: lock the screen"));
    else if (m_dashboard && m_pages->currentWidget() == m_dashboard)
        statusBar()->showMessage(tr("Click a count to list its participants \u00B7 Enter: open "
                                    "the chart \u00B7 Ctrl+Shift+R: reassign \u00B7 F5: refresh "
                                    "\u00B7 Ctrl+L: lock"));
    else if (m_outcomes && m_pages->currentWidget() == m_outcomes)
        statusBar()->showMessage(
            tr("Choose the period and filters, then Show \u00B7 Ctrl+4: caseload review "
               "\u00B7 Ctrl+L: lock"));
    else if (onWeek)
        statusBar()->showMessage(
            tr("Enter: take attendance \u00B7 Alt+Left/Right: previous or next "
               "week \u00B7 Ctrl+1: caseload \u00B7 Ctrl+L: lock"));
    else
        statusBar()->showMessage(onParticipant
                ? tr("Esc: back to the caseload \u00B7 Ctrl+E: edit \u00B7 Ctrl+T: change phase "
                     "\u00B7 Ctrl+L: lock")
                : tr("Ctrl+F: search \u00B7 Enter: open participant \u00B7 Ctrl+N: new "
                     "participant \u00B7 Ctrl+L: lock"));
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Stepwise"),
        tr("Stepwise %1\nCase management for intensive outpatient treatment programs.\n\n"
           "Licensed under the GNU General Public License, version 3 or later.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    UiSettings::setValue(UiKey::MainWindowGeometry, saveGeometry());
    UiSettings::setValue(UiKey::MainWindowState, saveState());
    if (m_caseload)
        m_caseload->saveState();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

} // namespace stepwise
