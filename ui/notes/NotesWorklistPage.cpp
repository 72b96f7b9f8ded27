// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesWorklistPage.h"

#include "AppContext.h"
#include "GroupNoteDialog.h"
#include "NoteEditorDialog.h"
#include "NoteViewDialog.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "storage/Database.h"
#include "storage/GroupNoteStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

NotesWorklistPage::NotesWorklistPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_cosignModel(new WorklistModel(WorklistModel::Kind::Cosign, this))
    , m_mineModel(new WorklistModel(WorklistModel::Kind::Mine, this))
    , m_lateModel(new WorklistModel(WorklistModel::Kind::Late, this))
    , m_cosignView(new ReadOnlyTable(tr("Waiting for my co-signature"), this))
    , m_mineView(new ReadOnlyTable(tr("My drafts and returned notes"), this))
    , m_lateView(new ReadOnlyTable(tr("Late unsigned notes"), this))
{
    setObjectName(QStringLiteral("notesWorklist"));
    m_cosignView->setObjectName(QStringLiteral("cosignQueue"));
    m_mineView->setObjectName(QStringLiteral("myNotes"));
    m_lateView->setObjectName(QStringLiteral("lateNotes"));

    m_cosign = new QPushButton(tr("&Co-sign\u2026"), this);
    m_cosign->setObjectName(QStringLiteral("cosignSelected"));
    m_openCosign = new QPushButton(tr("&Open"), this);
    connect(m_cosign, &QPushButton::clicked, this, &NotesWorklistPage::cosignSelected);
    connect(m_openCosign, &QPushButton::clicked, this, &NotesWorklistPage::openCosign);
    auto* cosignButtons = new QWidget(this);
    auto* buttonLayout = new QHBoxLayout(cosignButtons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(m_openCosign);
    buttonLayout->addWidget(m_cosign);
    buttonLayout->addStretch(1);

    m_cosignBox = createList(tr("Waiting for my co-signature"), m_cosignModel, m_cosignView,
        &m_cosignHeading, cosignButtons);
    QWidget* mine
        = createList(tr("My drafts and returned notes"), m_mineModel, m_mineView, &m_mineHeading);
    QWidget* late = createList(tr("Late unsigned notes"), m_lateModel, m_lateView, &m_lateHeading);
    connect(m_cosignView, &QAbstractItemView::activated, this, &NotesWorklistPage::openCosign);
    connect(m_mineView, &QAbstractItemView::activated, this, &NotesWorklistPage::openMine);
    connect(m_lateView, &QAbstractItemView::activated, this, &NotesWorklistPage::openLate);
    connect(m_cosignView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &NotesWorklistPage::updateButtons);
    m_mineView->wrapLongText();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_cosignBox);
    splitter->addWidget(mine);
    splitter->addWidget(late);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    updateButtons();
}

QWidget* NotesWorklistPage::createList(const QString& title, WorklistModel* model,
    ReadOnlyTable* view, QLabel** heading, QWidget* extra)
{
    auto* box = new QWidget(this);
    *heading = new QLabel(title, box);
    (*heading)->setTextFormat(Qt::PlainText);
    QFont bold = (*heading)->font();
    bold.setBold(true);
    (*heading)->setFont(bold);
    (*heading)->setBuddy(view);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(*heading);
    layout->addWidget(view, 1);
    if (extra)
        layout->addWidget(extra);
    return box;
}

void NotesWorklistPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void NotesWorklistPage::reload()
{
    Database& db = m_context.database();
    const auto& session = db.session();
    const RoleSet roles = session ? session->roles : RoleSet {};
    const QDateTime now = Clock::instance().nowUtc();
    NoteStore notes(db);
    QStringList problems;
    const bool supervisor = Access::roleAllows(roles, Permission::CoSignNote);
    m_cosignBox->setVisible(supervisor);
    if (supervisor) {
        auto queue = notes.cosignQueue();
        if (!queue)
            problems << queue.error().message;
        m_cosignModel->setNotes(queue ? queue.value() : QList<NoteSummary> {}, now);
    } else {
        m_cosignModel->setNotes({}, now);
    }
    auto mine = notes.worklist();
    if (!mine)
        problems << mine.error().message;
    m_mineModel->setNotes(mine ? mine.value() : QList<NoteSummary> {}, now);
    auto late = notes.lateUnsigned();
    if (!late)
        problems << late.error().message;
    m_lateModel->setNotes(late ? late.value() : QList<NoteSummary> {}, now);
    if (problems.isEmpty())
        m_messageBar->clear();
    else
        m_messageBar->showMessage(
            tr("The worklist could not be read: %1").arg(problems.join(QLatin1Char(' '))));
    // The queue's first row is ready for Co-sign; the other lists take their row when focused.
    if (m_cosignModel->rowCount() > 0 && !m_cosignView->currentIndex().isValid())
        m_cosignView->setCurrentIndex(m_cosignModel->index(0, 0));
    updateHeadings();
    updateButtons();
}

void NotesWorklistPage::updateHeadings()
{
    m_cosignHeading->setText(tr("Waiting for my co-signature (%1)").arg(m_cosignModel->rowCount()));
    m_mineHeading->setText(tr("My drafts and returned notes (%1)").arg(m_mineModel->rowCount()));
    const auto& session = m_context.database().session();
    const bool everyone = session && session->roles.has(StaffRole::Supervisor);
    m_lateHeading->setText(everyone
            ? tr("Late unsigned notes, everyone's (%1)").arg(m_lateModel->rowCount())
            : tr("My late unsigned notes (%1)").arg(m_lateModel->rowCount()));
}

void NotesWorklistPage::updateButtons()
{
    const WorklistRow* row = m_cosignModel->rowAt(m_cosignView->currentIndex());
    m_cosign->setEnabled(row != nullptr);
    m_openCosign->setEnabled(row != nullptr);
    m_cosign->setText(row && row->group ? tr("&Co-sign All\u2026") : tr("&Co-sign\u2026"));
}

void NotesWorklistPage::adopt(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &NotesWorklistPage::reload);
    dialog->open();
}

void NotesWorklistPage::open(const WorklistRow& row, bool edit)
{
    const NoteSummary& n = row.note;
    const auto& session = m_context.database().session();
    const bool mine = session && n.authorId == session->staffId;
    // A group note opens whole (read-only unless it is the author's draft).
    if (row.group) {
        adopt(new GroupNoteDialog(m_context, n.sessionId, this));
        return;
    }
    if (edit && mine && !n.signedAt.isValid()) {
        adopt(new NoteEditorDialog(m_context, n.id, this));
        return;
    }
    adopt(new NoteViewDialog(m_context, n.id, this));
}

void NotesWorklistPage::openCosign()
{
    if (const WorklistRow* row = m_cosignModel->rowAt(m_cosignView->currentIndex()))
        open(*row, false);
}

void NotesWorklistPage::openMine()
{
    if (const WorklistRow* row = m_mineModel->rowAt(m_mineView->currentIndex()))
        open(*row, true);
}

void NotesWorklistPage::openLate()
{
    if (const WorklistRow* row = m_lateModel->rowAt(m_lateView->currentIndex()))
        open(*row, true);
}

void NotesWorklistPage::cosignSelected()
{
    const WorklistRow* row = m_cosignModel->rowAt(m_cosignView->currentIndex());
    if (!row)
        return;
    const WorklistRow r = *row; // the model is reset below
    const QString question = r.group
        ? tr("Co-sign all %1 parts of %2's group note for %3? Your co-signature records that you "
             "reviewed them.")
              .arg(r.noteIds.size())
              .arg(r.note.authorName, r.note.sessionTitle)
        : tr("Co-sign %1's note for %2? Your co-signature records that you reviewed it.")
              .arg(r.note.authorName, r.note.participantName);
    const auto answer = MessageBox::question(
        this, tr("Co-sign?"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    Database& db = m_context.database();
    const Status s = r.group ? GroupNoteStore(db).cosignAll(r.note.groupNoteId)
                             : NoteStore(db).cosign(r.note.id);
    if (!s) {
        m_messageBar->showMessage(tr("Not co-signed: %1").arg(s.error().message));
        return;
    }
    reload();
    m_messageBar->showMessage(tr("Co-signed."), MessageBar::Type::Positive);
    if (!r.group)
        m_context.notifyParticipantChanged(r.note.participantId);
}

} // namespace stepwise
