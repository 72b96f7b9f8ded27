// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/UnsavedWork.h"
#include "storage/CarePlanStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace stepwise {

class AppContext;
class ContactsTable;
class DraftOffer;
class FieldErrors;
class MessageBar;
class OptionalDateEdit;
class OptionalTimeEdit;

// The participant's aftercare plan, one page per part: step-down services with referrals and
// first appointments, support groups and their meetings, sober living, and the relapse
// triggers, coping plan and support network (which can be copied from the relapse prevention
// plan). Services and groups are lists with the selected one's details below. Saving makes a
// new version; older versions can be looked at, read-only.
class AftercarePlanDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "aftercare_plan.edit";

    AftercarePlanDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    ~AftercarePlanDialog() override;

    AftercarePlan plan() const; // as on screen
    Id savedId() const { return m_savedId; }
    QTabWidget* pages() const { return m_pages; }
    MessageBar* messageBar() const { return m_messageBar; }
    QComboBox* versionChoice() const { return m_history; }
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
    void addService();
    void removeService();
    void addGroup();
    void removeGroup();
    void copyFromRelapsePlan();

private:
    QWidget* buildServicesPage();
    QWidget* buildGroupsPage();
    QWidget* buildSoberLivingPage();
    QWidget* buildRelapsePage();
    void loadVersions(Id select);
    void showVersion(int index);
    void setPlan(const AftercarePlan& plan);
    void setReadOnly(bool readOnly);
    void refreshServiceRow(int row);
    void refreshGroupRow(int row);
    void showService();
    void showGroup();
    void serviceEdited(const char* field);
    void groupEdited(const char* field);
    void showItemErrors(FieldErrors* errors, const QString& prefix);
    bool save();
    void applyDraft(const Draft& draft);
    void changed();

    AppContext& m_context;
    Id m_participantId;
    Id m_episodeId = 0;
    bool m_writable = false;
    bool m_readOnly = false;
    bool m_discarding = false;
    bool m_loading = false;
    Id m_savedId = 0;
    QList<AftercarePlanVersion> m_versions; // newest first
    AftercarePlan m_shown;                  // the version on screen
    int m_shownIndex = -1;
    // Services and groups are edited here; the other parts are read from their fields.
    QList<AftercareService> m_services;
    QList<SupportGroup> m_groups;
    QList<FieldError> m_errors; // the last refusal

    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QLabel* m_versionLine = nullptr;
    QComboBox* m_history = nullptr;
    QTabWidget* m_pages = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;

    QTableWidget* m_serviceList = nullptr;
    QPushButton* m_addService = nullptr;
    QPushButton* m_removeService = nullptr;
    QWidget* m_serviceForm = nullptr;
    FieldErrors* m_serviceErrors = nullptr;
    QComboBox* m_serviceKind = nullptr;
    QLineEdit* m_provider = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_servicePhone = nullptr;
    OptionalDateEdit* m_referral = nullptr;
    OptionalDateEdit* m_appointmentDate = nullptr;
    OptionalTimeEdit* m_appointmentTime = nullptr;
    QLineEdit* m_serviceNote = nullptr;

    QTableWidget* m_groupList = nullptr;
    QPushButton* m_addGroup = nullptr;
    QPushButton* m_removeGroup = nullptr;
    QWidget* m_groupForm = nullptr;
    FieldErrors* m_groupErrors = nullptr;
    QComboBox* m_groupKind = nullptr;
    QLineEdit* m_groupName = nullptr;
    QList<QCheckBox*> m_days; // Monday first
    QWidget* m_dayBox = nullptr;
    QTimeEdit* m_groupTime = nullptr;
    QLineEdit* m_groupLocation = nullptr;
    QCheckBox* m_online = nullptr;

    QGroupBox* m_sober = nullptr;
    FieldErrors* m_soberErrors = nullptr;
    QLineEdit* m_residence = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_soberPhone = nullptr;
    OptionalDateEdit* m_moveIn = nullptr;

    QPlainTextEdit* m_triggers = nullptr;
    QPlainTextEdit* m_coping = nullptr;
    QPushButton* m_copy = nullptr;
    ContactsTable* m_network = nullptr;
};

} // namespace stepwise
