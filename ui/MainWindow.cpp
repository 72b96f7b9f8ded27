// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppContext.h"
#include "caseload/CaseloadPage.h"
#include "common/MessageBox.h"
#include "common/UiSettings.h"
#include "participant/ParticipantPage.h"

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
    , m_caseload(new CaseloadPage(context, m_pages))
    , m_participant(new ParticipantPage(context, m_pages))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // No participant's name ever goes into the title: it shows in task bars and screen shares.
    setWindowTitle(tr("%1 \u2014 Stepwise").arg(QFileInfo(m_context.databasePath()).fileName()));
    m_pages->addWidget(m_caseload);
    m_pages->addWidget(m_participant);
    setCentralWidget(m_pages);

    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_context.databasePath())));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();
    connect(m_caseload, &CaseloadPage::participantActivated, this, &MainWindow::showParticipant);
    connect(m_participant, &ParticipantPage::backRequested, this, &MainWindow::showCaseload);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);

    resize(1280, 800);
    restoreGeometry(UiSettings::value(UiKey::MainWindowGeometry).toByteArray());
    restoreState(UiSettings::value(UiKey::MainWindowState).toByteArray());
    pageChanged();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_caseload->newParticipantAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* caseload = view->addAction(tr("&Caseload"), this, &MainWindow::showCaseload);
    caseload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    // Find works from any page: it brings the caseload forward first.
    QAction* find = m_caseload->findAction();
    connect(find, &QAction::triggered, this, [this] {
        showCaseload();
        m_caseload->focusSearch();
    });
    view->addAction(find);
    view->addAction(m_caseload->refreshAction());

    m_participantMenu = menuBar()->addMenu(tr("&Participant"));
    m_participantMenu->addAction(m_participant->editAction());
    m_participantMenu->addAction(m_participant->changePhaseAction());
    m_participantMenu->addSeparator();
    m_participantMenu->addAction(m_participant->backAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Stepwise"), this, &MainWindow::about);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showCaseload()
{
    const Id shown = m_participant->participantId();
    m_pages->setCurrentWidget(m_caseload);
    if (shown != 0)
        m_caseload->selectParticipant(shown);
    m_caseload->view()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::showParticipant(Id participantId)
{
    if (!m_participant->showParticipant(participantId)) {
        // The reason is in the page's message bar; show the page so it is seen.
        m_pages->setCurrentWidget(m_participant);
        return false;
    }
    m_pages->setCurrentWidget(m_participant);
    m_participant->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::pageChanged()
{
    const bool onParticipant = m_pages->currentWidget() == m_participant;
    m_participantMenu->setEnabled(onParticipant);
    statusBar()->showMessage(onParticipant
            ? tr("Esc: back to the caseload \u00B7 Ctrl+E: edit \u00B7 Ctrl+T: change phase")
            : tr("Ctrl+F: search \u00B7 Enter: open participant \u00B7 Ctrl+N: new participant"));
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
    m_caseload->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace stepwise
