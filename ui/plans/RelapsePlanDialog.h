// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/UnsavedWork.h"
#include "storage/CarePlanStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class ContactsTable;
class DraftOffer;
class FieldErrors;
class MessageBar;
class TextListEditor;

// The participant's relapse prevention plan: triggers, warning signs, coping strategies and
// people to call. Saving makes a new version; earlier versions can be looked at, read-only,
// from the version list.
class RelapsePlanDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "relapse_plan.edit";

    RelapsePlanDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    ~RelapsePlanDialog() override;

    RelapsePlan plan() const; // as on screen
    Id savedId() const { return m_savedId; }
    TextListEditor* triggers() const { return m_triggers; }
    TextListEditor* warningSigns() const { return m_warningSigns; }
    TextListEditor* copingStrategies() const { return m_coping; }
    ContactsTable* people() const { return m_people; }
    QComboBox* versionChoice() const { return m_history; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    void accept() override;
    void reject() override;
    void print();

private:
    bool save();
    void loadVersions(Id select);
    void showVersion(int index);
    void setPlan(const RelapsePlan& plan);
    void setReadOnly(bool readOnly);
    void applyDraft(const Draft& draft);
    void changed();

    AppContext& m_context;
    Id m_participantId;
    bool m_writable = false;
    bool m_readOnly = false;
    bool m_discarding = false;
    Id m_savedId = 0;
    QList<RelapsePlanVersion> m_versions; // newest first
    RelapsePlan m_shown;                  // the version on screen, to tell what was changed
    int m_shownIndex = -1;
    MessageBar* m_messageBar;
    DraftOffer* m_draftOffer;
    FieldErrors* m_errors;
    QLabel* m_versionLine;
    QComboBox* m_history;
    TextListEditor* m_triggers;
    TextListEditor* m_warningSigns;
    TextListEditor* m_coping;
    ContactsTable* m_people;
    QPushButton* m_save;
    QPushButton* m_print;
};

} // namespace stepwise
