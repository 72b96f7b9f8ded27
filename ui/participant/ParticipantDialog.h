// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDialog>

class QPushButton;

namespace stepwise {

class AppContext;
class MessageBar;
class ParticipantForm;

// Add a participant (with their admission to the intensive phase) or edit one. Saving either
// writes everything or nothing; when core refuses, the reasons appear beside the fields and
// the dialog stays open with everything typed kept.
class ParticipantDialog : public QDialog
{
    Q_OBJECT
public:
    // A new participant, admitted on the day chosen in the dialog.
    explicit ParticipantDialog(AppContext& context, QWidget* parent = nullptr);
    // Edits `participant` as stored.
    ParticipantDialog(
        AppContext& context, const Participant& participant, QWidget* parent = nullptr);

    bool isNew() const { return m_participantId == 0; }
    ParticipantForm* form() const { return m_form; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

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
};

} // namespace stepwise
