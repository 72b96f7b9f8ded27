// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftsDialog.h"

#include "AppContext.h"
#include "DraftOffer.h"
#include "MainWindow.h"
#include "assessment/AssessmentDialog.h"
#include "attendance/AttendanceDialog.h"
#include "caseload/CaseloadPage.h"
#include "common/MessageBar.h"
#include "notes/GroupNoteDialog.h"
#include "notes/NoteEditorDialog.h"
#include "participant/ParticipantDialog.h"
#include "participant/ParticipantPage.h"
#include "participant/PhasePlanDialog.h"
#include "participant/PhaseTransitionDialog.h"
#include "reports/SummaryDialog.h"
#include "schedule/WeekPage.h"
#include "storage/GroupNoteStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

DraftsDialog::DraftsDialog(AppContext& context, MainWindow& window, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_window(window)
    , m_messageBar(new MessageBar(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("DraftsDialog"));
    setWindowTitle(tr("Your Drafts"));
    auto* intro = new QLabel(tr("You left these forms unsaved when someone else signed in at "
                                "this workstation. Open one to continue it, or discard it."),
        this);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Later"));
    connect(m_open, &QPushButton::clicked, this, &DraftsDialog::openSelected);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &DraftsDialog::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 18);
    reload();
}

void DraftsDialog::reload()
{
    m_list->clear();
    m_drafts.clear();
    auto drafts = DraftStore(m_context.database()).list();
    if (!drafts) {
        m_messageBar->showMessage(
            tr("Your drafts could not be loaded: %1").arg(drafts.error().message));
    } else {
        m_drafts = drafts.value();
    }
    for (const Draft& d : std::as_const(m_drafts))
        m_list->addItem(tr("%1 \u2014 saved %2").arg(d.title, DraftOffer::when(d.savedAt)));
    if (!m_drafts.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

const Draft* DraftsDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_drafts.size() ? &m_drafts[row] : nullptr;
}

void DraftsDialog::updateButtons()
{
    m_open->setEnabled(selected() != nullptr);
    m_discard->setEnabled(selected() != nullptr);
}

bool DraftsDialog::openSelected()
{
    const Draft* draft = selected();
    if (!draft)
        return false;
    const Draft chosen = *draft;
    accept();
    return openForm(chosen, m_window);
}

bool DraftsDialog::discardSelected()
{
    const Draft* draft = selected();
    if (!draft)
        return false;
    if (Status s = DraftStore(m_context.database()).discard(draft->id); !s) {
        m_messageBar->showMessage(tr("The draft was not discarded: %1").arg(s.error().message));
        return false;
    }
    reload();
    if (m_drafts.isEmpty())
        accept();
    return true;
}

bool DraftsDialog::openForm(const Draft& draft, MainWindow& window)
{
    CaseloadPage* caseload = window.caseloadPage();
    ParticipantPage* page = window.participantPage();
    if (!caseload || !page)
        return false;
    if (draft.kind == QLatin1String(ParticipantDialog::NewDraftKind)) {
        window.showCaseload();
        caseload->addParticipant();
        return true;
    }
    // An attendance sheet belongs to a session, not to one participant.
    if (draft.kind.startsWith(QLatin1String(AttendanceDialog::DraftKindPrefix))) {
        bool ok = false;
        const Id sessionId
            = draft.kind.mid(int(qstrlen(AttendanceDialog::DraftKindPrefix))).toLongLong(&ok);
        if (!ok || !window.weekPage())
            return false;
        window.showWeek();
        window.weekPage()->takeAttendanceFor(sessionId);
        return true;
    }
    // A group note belongs to its session, like an attendance sheet.
    if (draft.kind.startsWith(QLatin1String(GroupNoteDialog::DraftKindPrefix))) {
        bool ok = false;
        const Id groupNoteId
            = draft.kind.mid(int(qstrlen(GroupNoteDialog::DraftKindPrefix))).toLongLong(&ok);
        auto note = GroupNoteStore(window.context().database()).get(groupNoteId);
        if (!ok || !note)
            return false;
        auto* dialog = new GroupNoteDialog(window.context(), note->sessionId, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return true;
    }
    if (!window.showParticipant(draft.subjectId))
        return false; // the page says why (no longer reachable, removed)
    if (draft.kind.startsWith(QLatin1String(NoteEditorDialog::DraftKindPrefix))) {
        bool existing = false;
        const Id noteId
            = draft.kind.mid(int(qstrlen(NoteEditorDialog::DraftKindPrefix))).toLongLong(&existing);
        auto* dialog = existing ? new NoteEditorDialog(window.context(), noteId, &window)
                                : new NoteEditorDialog(window.context(),
                                    NoteEditorDialog::NewNote { draft.subjectId, 0 }, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return true;
    }
    if (draft.kind == QLatin1String(SummaryDialog::DraftKind)) {
        auto* dialog = new SummaryDialog(window.context(), draft.subjectId, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return true;
    }
    if (draft.kind == QLatin1String(ParticipantDialog::EditDraftKind))
        page->editParticipant();
    else if (draft.kind == QLatin1String(PhaseTransitionDialog::DraftKind))
        page->changePhase();
    else if (draft.kind == QLatin1String(PhasePlanDialog::DraftKind))
        page->editPlan();
    else if (draft.kind.startsWith(QLatin1String(AssessmentDialog::DraftKindPrefix)))
        page->recordAssessment(draft.kind.mid(int(qstrlen(AssessmentDialog::DraftKindPrefix))));
    else
        return false;
    return true;
}

} // namespace stepwise
