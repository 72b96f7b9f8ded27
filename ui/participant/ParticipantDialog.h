// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"
#include "session/UnsavedWork.h"

#include <QDialog>

class QPushButton;

namespace stepwise {

class AppContext;
class DraftOffer;
class MessageBar;
class ParticipantForm;

// Add a participant (with their admission to the intensive phase) or edit one. Saving either
// writes everything or nothing; when core refuses, the reasons appear beside the fields and
// the dialog stays open with everything typed kept. When the screen locks and another user
// takes over, what was typed can become its owner's draft, offered when they open it again.
class ParticipantDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    // A new participant, admitted on the day chosen in the dialog.
    explicit ParticipantDialog(AppContext& context, QWidget* parent = nullptr);
    // Edits `participant` as stored.
    ParticipantDialog(
        AppContext& context, const Participant& participant, QWidget* parent = nullptr);
    ~ParticipantDialog() override;

    static constexpr auto NewDraftKind = "participant.new";
    static constexpr auto EditDraftKind = "participant.edit";

    bool isNew() const { return m_participantId == 0; }
    ParticipantForm* form() const { return m_form; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }
    DraftOffer* draftOffer() const { return m_draftOffer; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;
    // Fills the form from a draft() payload.
    void applyDraft(const Draft& draft);

public slots:
    // Validates and writes; true when saved (the dialog is then accepted).
    bool save();
    // Cancel and Esc: asks before throwing away what was typed.
    void reject() override;

signals:
    void saved(stepwise::Id participantId);

private:
    void build();
    void loadCounselors(Id keepId);
    bool showErrors(const QList<FieldError>& errors);
    void showStoreError(const Error& error);

    AppContext& m_context;
    Id m_participantId = 0;
    ParticipantForm* m_form = nullptr;
    MessageBar* m_messageBar = nullptr;
    QPushButton* m_save = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QString m_subjectName; // whose record, for the owner's list of drafts
    bool m_discarding = false;
};

} // namespace stepwise
