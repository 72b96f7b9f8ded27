// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesTab.h"

#include "AppContext.h"
#include "GroupNoteDialog.h"
#include "NoteEditorDialog.h"
#include "NoteListModel.h"
#include "NoteViewDialog.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

NotesTab::NotesTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NoteListModel(this))
    , m_view(new ReadOnlyTable(tr("Progress notes"), this))
    , m_messageBar(new MessageBar(this))
    , m_new(new QPushButton(tr("&New Note\u2026"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_addendum(new QPushButton(tr("Add &Addendum\u2026"), this))
{
    setObjectName(QStringLiteral("notesTab"));
    m_view->setObjectName(QStringLiteral("noteList"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NoteListModel::Occasion, QHeaderView::Stretch);
    m_new->setObjectName(QStringLiteral("newNote"));
    m_open->setObjectName(QStringLiteral("openNote"));
    m_addendum->setObjectName(QStringLiteral("addAddendum"));
    connect(m_view, &QAbstractItemView::activated, this, &NotesTab::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &NotesTab::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &NotesTab::newNote);
    connect(m_open, &QPushButton::clicked, this, &NotesTab::openSelected);
    connect(m_addendum, &QPushButton::clicked, this, &NotesTab::addAddendum);
    // A note signed or an addendum added anywhere (the worklist, a group note) shows here.
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reload();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_addendum);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void NotesTab::showParticipant(Id participantId)
{
    m_participantId = participantId;
    reload();
}

void NotesTab::reload()
{
    if (m_participantId == 0) {
        m_model->setRows({});
        updateButtons();
        return;
    }
    const Id selected = current() ? current()->id : 0;
    m_model->setNow(Clock::instance().nowUtc());
    auto notes = NoteStore(m_context.database()).notes(m_participantId);
    if (!notes) {
        m_messageBar->showMessage(tr("The notes could not be read: %1").arg(notes.error().message));
        m_model->setRows({});
    } else {
        m_messageBar->clear();
        m_model->setRows(notes.value());
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).id == selected || (selected == 0 && row == 0)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateButtons();
}

const NoteSummary* NotesTab::current() const
{
    return m_model->rowAt(m_view->currentIndex());
}

void NotesTab::updateButtons()
{
    const auto& session = m_context.database().session();
    const RoleSet roles = session ? session->roles : RoleSet {};
    const NoteSummary* n = current();
    m_new->setEnabled(m_participantId && Access::roleAllows(roles, Permission::WriteRecord));
    m_open->setEnabled(n != nullptr);
    m_addendum->setEnabled(
        n && n->signedAt.isValid() && Access::roleAllows(roles, Permission::SignNote));
}

void NotesTab::adopt(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &NotesTab::reload);
    // Window-modal without a nested event loop: the chart waits, the rest of the app runs.
    dialog->open();
}

void NotesTab::newNote()
{
    if (m_participantId == 0)
        return;
    adopt(new NoteEditorDialog(m_context, NoteEditorDialog::NewNote { m_participantId, 0 }, this));
}

void NotesTab::openSelected()
{
    if (const NoteSummary* n = current())
        open(*n);
}

void NotesTab::open(const NoteSummary& n)
{
    const auto& session = m_context.database().session();
    const bool mine = session && n.authorId == session->staffId;
    if (!n.signedAt.isValid() && mine) {
        if (n.groupNoteId > 0)
            adopt(new GroupNoteDialog(m_context, n.sessionId, this));
        else
            adopt(new NoteEditorDialog(m_context, n.id, this));
        return;
    }
    adopt(new NoteViewDialog(m_context, n.id, this));
}

void NotesTab::addAddendum()
{
    const NoteSummary* n = current();
    if (!n || !n->signedAt.isValid())
        return;
    // The addendum is written with the note in view.
    auto* view = new NoteViewDialog(m_context, n->id, this);
    adopt(view);
    view->addAddendum();
}

} // namespace stepwise
