package org.loopwatch.ui.settings;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.text.Texts;

/** The alert rules per group and stage (issue 21); the view model holds the state and the checks. */
final class AlertRulesSection extends VBox {

    private static final Texts TEXT = Texts.of(AlertRulesSection.class);

    AlertRulesSection(AlertRulesViewModel viewModel) {
        super(12);
        ComboBox<AlertRulesViewModel.Target> target = new ComboBox<>(viewModel.targets());
        target.setId("alertRuleGroup");
        target.setPrefWidth(260);
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        ComboBox<Stage> stage = new ComboBox<>(FXCollections.observableArrayList(viewModel.stageChoices()));
        stage.setId("alertRuleStage");
        stage.setPrefWidth(260);
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage value) {
                return value == null ? "" : StageScope.of(value).shortLabel();
            }

            @Override
            public Stage fromString(String string) {
                return null;
            }
        });
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());
        TextField alpha = field("alertRuleAlpha", viewModel.alphaProperty());
        TextField minPositives = field("alertRuleMinPositives", viewModel.minPositivesProperty());
        TextField threshold = field("alertRuleThreshold", viewModel.thresholdProperty());
        threshold.setPromptText(TEXT.get("alerts.thresholdPrompt"));
        Label origin = new Label();
        origin.setId("alertRuleOrigin");
        origin.getStyleClass().add("section-purpose");
        origin.textProperty().bind(viewModel.originProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, SectionLayout.labelFor(TEXT.get("alerts.appliesTo"), target), target);
        form.addRow(1, SectionLayout.labelFor(TEXT.get("alerts.stage"), stage), stage);
        form.addRow(2, SectionLayout.labelFor(TEXT.get("alerts.alpha"), alpha), alpha);
        form.addRow(3, SectionLayout.labelFor(TEXT.get("alerts.minPositives"), minPositives), minPositives);
        form.addRow(4, SectionLayout.labelFor(TEXT.get("alerts.threshold"), threshold), threshold);

        Button save = new Button(TEXT.get("alerts.save"));
        save.setId("alertRuleSave");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button useDefault = new Button(TEXT.get("alerts.useDefault"));
        useDefault.setId("alertRuleUseDefault");
        useDefault.disableProperty().bind(viewModel.canUseDefaultProperty().not());
        useDefault.setOnAction(event -> viewModel.useDefault());

        Label listHeading = new Label(TEXT.get("alerts.listHeading"));
        listHeading.getStyleClass().add("section-purpose");
        ListView<String> rules = new ListView<>(viewModel.ruleLines());
        rules.setId("alertRuleList");
        rules.setAccessibleText(TEXT.get("alerts.title"));
        rules.setPrefHeight(140);
        rules.setPlaceholder(new Label(TEXT.get("alerts.none")));
        getChildren().addAll(form, origin, SectionMessage.hint("alertRuleProblem", viewModel.problemProperty()),
                new HBox(8, save, useDefault), new SectionMessage("alertRuleMessage", viewModel.work()),
                listHeading, rules);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
