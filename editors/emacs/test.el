;;; test.el --- Batch test of goalie-mode  -*- lexical-binding: t; -*-
;; emacs --batch -Q -l editors/emacs/test.el
(require 'ert)
(defconst goalie-test-dir (file-name-directory (or load-file-name buffer-file-name)))
(defconst goalie-test-repo (expand-file-name "../../" goalie-test-dir))
(add-to-list 'load-path goalie-test-dir)
;; Debian's elpa-eglot, when installed, lives here.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'goalie-mode)

(defun goalie-test-face-at (line-re text)
  "Face of the first TEXT on the first line matching LINE-RE."
  (goto-char (point-min))
  (unless (re-search-forward line-re nil t) (error "No line matches %s" line-re))
  (beginning-of-line)
  (unless (search-forward text (line-end-position) t) (error "%s not on the line" text))
  (let ((face (get-text-property (match-beginning 0) 'face)))
    (if (listp face) (car face) face)))

(ert-deftest goalie-mode-is-chosen-for-goals-files ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/ventes-fr/plan.goals" goalie-test-repo))
    (should (eq major-mode 'goalie-mode))
    (should (equal comment-start "# "))))

(ert-deftest goalie-mode-font-lock ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/ventes-fr/plan.goals" goalie-test-repo))
    (font-lock-ensure)
    (should (eq (goalie-test-face-at "^objectif ca-t4" "objectif") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^objectif ca-t4" "ca-t4") 'font-lock-function-name-face))
    (should (eq (goalie-test-face-at "^objectif ca-t4" "Faire du T4") 'font-lock-doc-face))
    (should (eq (goalie-test-face-at "^  période:" "période") 'font-lock-builtin-face))
    (should (eq (goalie-test-face-at "^  période:" "2026-T4") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^  engagé" "engagé") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^    mesure: 11 000" "11 000") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^    mesure: 11 000" "€") 'font-lock-type-face))
    (should (eq (goalie-test-face-at "^    poids: 2" "# c'est") 'font-lock-comment-delimiter-face))
    (should (eq (goalie-test-face-at "^    poids: 2" "c'est le") 'font-lock-comment-face))
    (should (eq (goalie-test-face-at "^activité prospection" "activité") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^  cible: 20" "par") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^  soutient:" "ca-mensuel") 'font-lock-variable-name-face))))

(ert-deftest goalie-mode-log-lines-and-notes ()
  (with-temp-buffer
    (insert "objective deal: Win our #1 deal   # a comment\n"
            "2026-11-04 prospection 12 « matinée # pas un commentaire »\n"
            "2026-11-05 pricing-page done\n"
            "# goalie: ignore S101\n")
    (goalie-mode)
    (font-lock-ensure)
    (should (eq (goalie-test-face-at "^objective deal" "#1") 'font-lock-doc-face))
    (should (eq (goalie-test-face-at "^objective deal" "a comment") 'font-lock-comment-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "2026-11-04") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "prospection") 'font-lock-variable-name-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "pas un") 'font-lock-string-face))
    (should (eq (goalie-test-face-at "^2026-11-05" "done") 'font-lock-type-face))
    (should (eq (goalie-test-face-at "^# goalie" "goalie: ignore") 'font-lock-preprocessor-face))
    ;; Syntax: `#1' in a title and `#' in a note are not comments.
    (goto-char (point-min)) (search-forward "#1")
    (should-not (nth 4 (syntax-ppss)))
    (search-forward "a comment")
    (should (nth 4 (syntax-ppss)))
    (search-forward "pas un")
    (should-not (nth 4 (syntax-ppss)))))

(ert-deftest goalie-mode-indents-like-goalie-fmt ()
  (with-temp-buffer
    (insert "objective   revenue :Grow Q4 revenue by 40%\n"
            "period:2026-Q4\n"
            "      owner:@sylvie ,  @marc\n"
            "   committed\n"
            "kr deals:Close 20 deals\n"
            "  metric:0->20 deals     # from the CRM\n"
            "        due:   2026-12-31\n"
            "  # check with finance\n"
            "\n"
            "   2026-11-02   deals   +3   \"two  renewals\"\n"
            "activity calls: Call\n"
            "target: 20 per weekday\n")
    (goalie-mode)
    (indent-region (point-min) (point-max))
    (should (equal (mapcar (lambda (l) (- (length l) (length (string-trim-left l))))
                           (split-string (buffer-string) "\n"))
                   '(0 2 2 2 2 4 4 4 0 0 0 2 0)))))

(ert-deftest goalie-mode-indents-french-plans ()
  (with-temp-buffer
    (insert "  objectif ca: Le CA\n"
            "période: 2026-T4\n"
            "rc signature: Signer plus\n"
            "mesure: 12,5 % -> 20 %\n"
            "  activité appels: Appeler\n"
            "      cible: 20 par jour ouvré\n"
            "  entonnoir ventes: Ventes\n"
            "étape visiteurs: 2 % convertissent\n")
    (goalie-mode)
    (indent-region (point-min) (point-max))
    (should (equal (mapcar (lambda (l) (- (length l) (length (string-trim-left l))))
                           (split-string (buffer-string) "\n"))
                   '(0 2 2 4 0 2 0 2 0)))))

(ert-deftest goalie-mode-comment-region ()
  (with-temp-buffer
    (insert "  due: 2026-12-31\n")
    (goalie-mode)
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "  # due: 2026-12-31\n"))))

(ert-deftest goalie-mode-registers-goalie-lsp-with-eglot ()
  (if (not (require 'eglot nil t))
      (ert-skip "eglot is not available (Emacs < 29 without elpa-eglot)")
    (should (equal (assoc 'goalie-mode eglot-server-programs) '(goalie-mode . goalie-eglot-contact)))
    ;; A goalie on exec-path is started as `goalie lsp'.
    (let* ((tmp (make-temp-file "goalie-eglot" t))
           (bin (goalie-test-make-exe (expand-file-name "path/goalie" tmp)))
           (exec-path (list (file-name-directory bin))))
      (unwind-protect
          (should (equal (goalie-eglot-contact) '("goalie" "lsp")))
        (delete-directory tmp t)))))

(defun goalie-test-make-exe (file)
  "An executable FILE (and its folders)."
  (make-directory (file-name-directory file) t)
  (with-temp-file file (insert "#!/bin/sh\nexit 0\n"))
  (set-file-modes file #o755)
  file)

(defmacro goalie-test-with-home (vars &rest body)
  "BODY with an empty HOME and exec-path under the temp dir bound to VARS.
VARS is (TMP HOME PROJECT)."
  (declare (indent 1))
  `(let* ((,(nth 0 vars) (file-name-as-directory (file-truename (make-temp-file "goalie-find" t))))
          (,(nth 1 vars) (expand-file-name "home" ,(nth 0 vars)))
          (,(nth 2 vars) (expand-file-name "project" ,(nth 0 vars)))
          (process-environment
           ;; A name without `=' unsets the variable.
           (append (list (concat "HOME=" ,(nth 1 vars)) "LANG=en_US.UTF-8"
                         "CARGO_HOME" "VIRTUAL_ENV" "PYTHONUSERBASE" "PIPX_BIN_DIR" "UV_TOOL_BIN_DIR"
                         "NPM_CONFIG_PREFIX" "npm_config_prefix" "NVM_DIR" "GOALIE_LANG" "LC_ALL" "LC_MESSAGES")
                   process-environment))
          (exec-path (list (expand-file-name "path" ,(nth 0 vars))))
          (goalie-server-command '("goalie" "lsp")))
     (make-directory (expand-file-name "src" ,(nth 2 vars)) t)
     (unwind-protect (progn ,@body)
       (delete-directory ,(nth 0 vars) t))))

(ert-deftest goalie-finds-the-server-however-it-was-installed ()
  (goalie-test-with-home (tmp home project)
    (let* ((src (file-name-as-directory (expand-file-name "src" project)))
           (pkg (goalie--npm-package))
           (tried (goalie-server-candidates src)))
      (when (and (eq system-type 'gnu/linux) (string-prefix-p "x86_64" system-configuration))
        (should (equal pkg "@goalie-rs/cli-linux-x64")))
      (should-not (goalie-find-server src))
      (should (member (expand-file-name ".local/bin/goalie" home) tried))
      (should (member (expand-file-name ".cargo/bin/goalie" home) tried))
      ;; pipx, uv tool, pip --user
      (let ((pipx (goalie-test-make-exe (expand-file-name ".local/bin/goalie" home))))
        (should (equal (goalie-find-server src) pipx))
        ;; exec-path comes before pip's folder
        (let ((on-path (goalie-test-make-exe (expand-file-name "path/goalie" tmp))))
          (should (equal (goalie-find-server src) on-path))
          ;; the project's venv, found upward from a subfolder, before exec-path
          (let ((venv (goalie-test-make-exe (expand-file-name ".venv/bin/goalie" project))))
            (should (equal (goalie-find-server src) venv))
            ;; npm install -D: the platform package in the project's node_modules
            (let ((npm (goalie-test-make-exe (expand-file-name (concat "node_modules/" pkg "/bin/goalie") project))))
              (should (equal (goalie-find-server src) npm))
              (dolist (f (list pipx on-path venv npm)) (delete-file f))))))
      ;; npm install -g under nvm: the newest Node first
      (goalie-test-make-exe (expand-file-name (concat ".nvm/versions/node/v18.20.0/lib/node_modules/" pkg "/bin/goalie") home))
      (let ((v20 (goalie-test-make-exe
                  (expand-file-name (concat ".nvm/versions/node/v20.11.1/lib/node_modules/" pkg "/bin/goalie") home))))
        (should (equal (goalie-find-server src) v20))
        ;; and eglot starts it with `lsp'
        (let ((default-directory src))
          (should (equal (goalie-eglot-contact) (list v20 "lsp"))))))))

(ert-deftest goalie-says-how-to-install-when-the-server-is-nowhere ()
  (goalie-test-with-home (tmp home project)
    (let* ((default-directory (file-name-as-directory project))
           (err (should-error (goalie-eglot-contact) :type 'user-error)))
      (should (string-match-p "pipx install goalie-cli" (cadr err)))
      (should (string-match-p "npm install -g goalie" (cadr err))))
    (let ((process-environment (cons "LANG=fr_FR.UTF-8" process-environment)))
      (should (string-match-p "introuvable.*pipx install goalie-cli" (goalie-missing-server-message))))
    ;; A command with a folder is used as given.
    (let ((goalie-server-command '("/opt/goalie/bin/goalie" "lsp")))
      (should (equal (goalie-eglot-contact) '("/opt/goalie/bin/goalie" "lsp"))))))

(ert-deftest goalie-mode-imenu-lists-items ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/marketing-en/marketing.goals" goalie-test-repo))
    (require (quote imenu))
    (let ((index (funcall imenu-create-index-function)))
      (should (member "organic-pipeline" (mapcar #'car (cdr (assoc "Objectives" index)))))
      (should (member "organic-mqls" (mapcar #'car (cdr (assoc "Key results" index))))))))

(ert-run-tests-batch-and-exit)
