// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/UnsavedWork.h"
#include "storage/TreatmentPlanStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace stepwise {

class AppContext;
class DraftOffer;
class FieldErrors;
class MessageBar;
class OptionalDateEdit;

// Edits the open episode's draft treatment plan (TreatmentPlanStore::draft(): the existing
// draft, or a copy of the current version numbered one higher, so every item keeps its key):
// the plan as a tree on the left, the selected item's fields on the right. Save Draft keeps
// an incomplete plan; Finalize, after the clinician confirms, locks this version as their
// agreement. What finalizing refuses is marked on the items of the tree.
class TreatmentPlanEditor : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "treatment_plan.edit";

    TreatmentPlanEditor(AppContext& context, Id participantId, QWidget* parent = nullptr);
    ~TreatmentPlanEditor() override;

    // Whether the draft could be opened; when not, the message bar says why and nothing edits.
    bool isOpen() const { return m_version.id != 0; }
    const PlanVersion& version() const { return m_version; }
    const TreatmentPlan& plan() const { return m_plan; }
    QTreeWidget* tree() const { return m_tree; }
    MessageBar* messageBar() const { return m_messageBar; }
    DraftOffer* draftOffer() const { return m_draftOffer; }
    // The refusal messages shown for the item with this key ("o2"), for tests.
    QStringList itemErrors(const QString& key) const;

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    bool saveDraft();
    bool finalize();
    void discardDraft();
    void addProblem();
    void addGoal();
    void addObjective();
    void addIntervention();
    void removeItem();
    void moveUp();
    void moveDown();
    void reject() override;

private:
    // Where an item sits in the plan: indexes of its problem, goal, objective and intervention,
    // -1 below its own level.
    struct Path
    {
        int p = -1;
        int g = -1;
        int o = -1;
        int i = -1;
        int depth() const { return i >= 0 ? 3 : o >= 0 ? 2 : g >= 0 ? 1 : p >= 0 ? 0 : -1; }
        bool operator==(const Path&) const = default;
    };
    enum Page { NothingPage, ProblemPage, GoalPage, ObjectivePage, InterventionPage };

    void build();
    QWidget* buildProblemPage();
    QWidget* buildGoalPage();
    QWidget* buildObjectivePage();
    QWidget* buildInterventionPage();
    void loadVersion(const PlanVersion& version);
    void rebuildTree(const Path& select);
    void refreshCurrentItem();
    void showCurrent();
    void updateButtons();
    void setReadOnly(bool readOnly);
    bool save(bool quiet);
    void showRefusal(const Error& error, const QString& what);
    void markItems();
    void fieldEdited(const char* kind, const QString& key, const char* field);
    void applyDraft(const Draft& draft);
    void move(int delta);

    Path currentPath() const;
    static Path pathOf(const QTreeWidgetItem* item);
    QTreeWidgetItem* itemAt(const Path& path) const;
    PlanProblem* problem(const Path& path);
    PlanGoal* goal(const Path& path);
    PlanObjective* objective(const Path& path);
    PlanIntervention* intervention(const Path& path);
    QString keyAt(const Path& path);
    void selectAndFocus(const Path& path);

    AppContext& m_context;
    Id m_participantId;
    PlanVersion m_version;
    TreatmentPlan m_plan;
    TreatmentPlan m_savedPlan;
    QString m_savedNote;
    QStringList m_chartCodes;
    QList<FieldError> m_errors; // the last refusal, less what was edited since
    bool m_loading = false;
    bool m_everSaved = false;
    bool m_discarding = false;
    bool m_readOnly = false;

    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_tree = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_addProblem = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_addObjective = nullptr;
    QPushButton* m_addIntervention = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_finalize = nullptr;
    QPushButton* m_discard = nullptr;
    QLineEdit* m_changeNote = nullptr;
    FieldErrors* m_noteErrors = nullptr;

    // Problem
    QPlainTextEdit* m_statement = nullptr;
    QComboBox* m_diagnosis = nullptr;
    FieldErrors* m_problemErrors = nullptr;
    QLabel* m_problemOther = nullptr;
    // Goal
    QPlainTextEdit* m_words = nullptr;
    QPlainTextEdit* m_clinical = nullptr;
    FieldErrors* m_goalErrors = nullptr;
    QLabel* m_goalOther = nullptr;
    // Objective
    QPlainTextEdit* m_objectiveText = nullptr;
    OptionalDateEdit* m_target = nullptr;
    QComboBox* m_status = nullptr;
    FieldErrors* m_objectiveErrors = nullptr;
    QLabel* m_objectiveOther = nullptr;
    // Intervention
    QComboBox* m_service = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_responsible = nullptr;
    FieldErrors* m_interventionErrors = nullptr;
    QLabel* m_interventionOther = nullptr;
};

} // namespace stepwise
