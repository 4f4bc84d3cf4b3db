"""XaSo's web application in a real headless Chromium: the issue's browser scenarios, in order.

Started by run.sh, which serves the sample commune (Gia Phúc, quý III/2025) and creates the users.
Screenshots of the dashboard, the entry form and the province table at desktop (1366 px) and
phone (390 px) width go to $XASO_SCREENS.
"""
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ.get("XASO_URL", "http://127.0.0.1:8080")
PASSWORD = os.environ.get("XASO_PASSWORD", "mat-khau-trinh-duyet")
SCREENS = pathlib.Path(os.environ.get("XASO_SCREENS", "/tmp/screens"))
GIA_PHUC, NGHI_DUONG, HAI_PHONG = "11050", "11713", "31"
# The officials' verdicts in the quarterly report, rows CL411.01..10.
SAMPLE_VERDICTS = ["exceeded", "approaching", "not_met", "met", "exceeded", "met", "not_met", "not_met", "met", "met"]


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser):
    browser.delete_all_cookies()
    desktop(browser)
    return browser


def desktop(driver):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(1366, 900)


def screenshot(driver, name):
    """Full-page screenshots at desktop and phone width, and the phone's first screen."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    for label, width, mobile in (("desktop", 1366, False), ("phone", 390, True)):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 844, "deviceScaleFactor": 1, "mobile": mobile})
        if mobile:
            driver.save_screenshot(str(SCREENS / f"{name}-phone-first-screen.png"))
        height = min(driver.execute_script("return document.documentElement.scrollHeight"), 5000)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        driver.save_screenshot(str(SCREENS / f"{name}-{label}.png"))
        if mobile:
            # Nothing may stick out sideways on a phone except inside a scrolling table.
            overflow = driver.execute_script("return document.documentElement.scrollWidth")
            assert overflow <= width + 1, f"{name}: page is {overflow}px wide at {width}px"
    desktop(driver)


def submit(driver, button):
    """Clicks a submit button and waits for the next page to replace this one."""
    button.click()

    def gone(_):
        # Chromedriver reports a node of a page being replaced either as stale or with a generic error.
        try:
            button.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 15).until(gone)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def login(driver, username):
    driver.get(URL + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    assert "/login" not in driver.current_url, driver.find_element(By.TAG_NAME, "h1").text


def verdict(driver, code):
    return driver.find_element(By.ID, "row-" + code).get_attribute("data-verdict")


def test_login_lands_on_the_dashboard_with_the_officials_verdicts(page):
    login(page, "gp-admin")
    assert page.current_url.endswith(f"/units/{GIA_PHUC}")
    assert "Tổng quan – Xã Gia Phúc" in page.find_element(By.TAG_NAME, "h1").text
    assert page.find_element(By.ID, "period").get_attribute("value") == "2025-Q3"
    for i, expected in enumerate(SAMPLE_VERDICTS, start=1):
        assert verdict(page, f"CL411.{i:02d}") == expected, f"CL411.{i:02d}"
    # The badge says it in words too.
    assert page.find_element(By.CSS_SELECTOR, "#row-CL411\\.02 .badge").text == "Tiệm cận mục tiêu"
    # The session cookie is out of JavaScript's reach.
    assert "xaso_session" not in page.execute_script("return document.cookie")
    # Choosing a framework reloads the page (JavaScript) with that framework only.
    option = page.find_element(By.CSS_SELECTOR, "#framework option[value='CL411']")
    option.click()
    WebDriverWait(page, 15).until(EC.url_contains("framework=CL411"))
    screenshot(page, "dashboard")
    # An indicator's own page: definition, targets, trend chart, history.
    submit(page, page.find_element(By.CSS_SELECTOR, "#row-CL411\\.03 a"))
    assert page.find_element(By.ID, "current-verdict").get_attribute("data-verdict") == "not_met"
    assert page.find_element(By.CSS_SELECTOR, "svg[aria-labelledby^=trend-chart]").is_displayed()
    screenshot(page, "indicator")


def test_department_officer_enters_and_submits_values(page):
    login(page, "gp-vhxh")
    page.get(f"{URL}/units/{GIA_PHUC}/entry?period=2025-Q4&framework=CL411")
    # Only the office's own indicators: the banks report CL411.02.
    assert page.find_elements(By.ID, "value-CL411.01")
    assert not page.find_elements(By.ID, "value-CL411.02")
    # Inline validation while typing (JavaScript), in Vietnamese.
    field = page.find_element(By.ID, "value-CL411.03")
    field.send_keys("mười lăm")
    field.send_keys(Keys.TAB)
    assert field.get_attribute("aria-invalid") == "true"
    assert "không phải là số" in page.find_element(By.ID, "err-CL411.03").text
    # The server says the same without JavaScript's help, and stores nothing.
    submit(page, page.find_element(By.CSS_SELECTOR, "button[value=draft]"))
    assert "Có 1 ô chưa hợp lệ" in page.find_element(By.ID, "form-errors").text
    field = page.find_element(By.ID, "value-CL411.03")
    field.clear()
    field.send_keys("~20%")
    page.find_element(By.ID, "note-CL411.03").send_keys("do người dân chưa quen dùng chữ ký số")
    page.find_element(By.ID, "value-CL411.01").send_keys("88%")
    page.find_element(By.ID, "value-CL411.05").send_keys("96,5%")
    screenshot(page, "entry")
    submit(page, page.find_element(By.CSS_SELECTOR, "button[value=submit]"))
    notice = page.find_element(By.CSS_SELECTOR, ".notice").text
    assert "Đã lưu 3 số liệu." in notice and "Đã gửi duyệt 3 số liệu." in notice
    assert page.find_element(By.ID, "value-CL411.03").get_attribute("value") == "~20%"
    # The dashboard judges them at once.
    page.get(f"{URL}/units/{GIA_PHUC}?period=2025-Q4&framework=CL411")
    assert verdict(page, "CL411.01") == "exceeded"
    assert verdict(page, "CL411.03") == "not_met"
    assert verdict(page, "CL411.05") == "exceeded"
    assert "Đã gửi duyệt" in page.find_element(By.ID, "row-CL411.01").text


def test_commune_admin_approves_and_sends_back(page):
    login(page, "gp-admin")
    page.get(f"{URL}/units/{GIA_PHUC}/review?period=2025-Q4")
    screenshot(page, "review")
    row = page.find_element(By.ID, "review-CL411.01")
    submit(page, row.find_element(By.CSS_SELECTOR, "button[value=approve]"))
    assert "Đã duyệt 1 số liệu." in page.find_element(By.CSS_SELECTOR, ".notice").text
    row = page.find_element(By.ID, "review-CL411.03")
    row.find_element(By.ID, "comment-CL411.03").send_keys("Đề nghị bổ sung số liệu của thôn 3")
    submit(page, row.find_element(By.CSS_SELECTOR, "button[value=return]"))
    assert "Đã trả lại số liệu." in page.find_element(By.CSS_SELECTOR, ".notice").text
    page.get(f"{URL}/units/{GIA_PHUC}?period=2025-Q4&framework=CL411")
    assert "Đã duyệt" in page.find_element(By.ID, "row-CL411.01").text
    assert "Trả lại" in page.find_element(By.ID, "row-CL411.03").text


def test_another_communes_page_is_refused(page):
    login(page, "nd-admin")
    assert page.current_url.endswith(f"/units/{NGHI_DUONG}")
    page.get(f"{URL}/units/{GIA_PHUC}?period=2025-Q3")
    assert page.find_element(By.TAG_NAME, "h1").text == "Không có quyền truy cập"
    assert not page.find_elements(By.ID, "row-CL411.01")
    page.get(f"{URL}/provinces/{HAI_PHONG}")
    assert page.find_element(By.TAG_NAME, "h1").text == "Không có quyền truy cập"


def test_province_officer_sees_the_province_table(page):
    login(page, "hp-tinh")
    assert page.current_url.endswith(f"/provinces/{HAI_PHONG}")
    assert "Bảng tổng hợp – Thành phố Hải Phòng" in page.find_element(By.TAG_NAME, "h1").text
    row = page.find_element(By.ID, "commune-" + GIA_PHUC)
    assert row.find_element(By.CSS_SELECTOR, "td").text == "1"
    assert page.find_element(By.CSS_SELECTOR, "svg[aria-labelledby^=ranking-chart]").is_displayed()
    # Typing filters the rows (JavaScript); the server-side filter gives the same without it.
    page.find_element(By.ID, "q").send_keys("gia phuc")
    visible = [r for r in page.find_elements(By.CSS_SELECTOR, "#communes tbody tr") if r.is_displayed()]
    assert [r.get_attribute("id") for r in visible] == ["commune-" + GIA_PHUC]
    page.get(f"{URL}/provinces/{HAI_PHONG}?period=2025-Q3&framework=CL411")
    screenshot(page, "province")
    # Sorting by a column is a link; clicking a commune opens its dashboard.
    submit(page, page.find_element(By.LINK_TEXT, "Xã Gia Phúc"))
    assert f"/units/{GIA_PHUC}" in page.current_url
    assert verdict(page, "CL411.01") == "exceeded"


def test_keyboard_reaches_the_main_content_first(page):
    login(page, "gp-admin")
    body = page.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = page.switch_to.active_element
    assert focused.text == "Bỏ qua, đến nội dung chính"
    focused.send_keys(Keys.ENTER)
    assert page.switch_to.active_element.get_attribute("id") == "main"


def test_commune_admin_writes_the_quarterly_report(page):
    login(page, "gp-admin")
    submit(page, page.find_element(By.LINK_TEXT, "Báo cáo"))
    kind = page.find_element(By.ID, "kind")
    kind.find_element(By.CSS_SELECTOR, "option[value='quarterly-cds']").click()
    page.find_element(By.CSS_SELECTOR, "#period option[value='2025-Q3']").click()
    submit(page, page.find_element(By.CSS_SELECTOR, "#report-chooser button[type=submit]"))
    assert "Báo cáo quý tình hình thực hiện" in page.find_element(By.ID, "report-h").text
    page.find_element(By.ID, "number").send_keys("219")
    page.find_element(By.ID, "date").send_keys("21/10/2025")
    page.find_element(By.ID, "signer").send_keys("Đỗ Thế Ngọc")
    box = page.find_element(By.CSS_SELECTOR, "[data-id='danh-gia-tinh-hinh.1'] textarea")
    box.clear()
    box.send_keys("Quý III, xã hoàn thành 6/10 chỉ tiêu phát triển xã hội số.")
    screenshot(page, "report")
    submit(page, page.find_element(By.CSS_SELECTOR, "#report-editor button[type=submit]"))
    assert "Đã lưu báo cáo." in page.find_element(By.CSS_SELECTOR, ".notice").text
    # The framed preview is the report as printed: number, the edited paragraph, the signer.
    page.switch_to.frame(page.find_element(By.ID, "report-preview"))
    text = page.find_element(By.TAG_NAME, "body").text
    assert "Số: 219/BC-UBND" in text
    assert "Quý III, xã hoàn thành 6/10 chỉ tiêu phát triển xã hội số." in text
    assert "Đỗ Thế Ngọc" in text
    page.switch_to.default_content()
    saved = page.find_element(By.ID, "saved-reports").text
    assert "Quý III năm 2025" in saved and "Số 219" in saved


def test_dossier_upload_shows_its_progress_and_lands_on_the_result(page):
    """On a slow connection (upload throttled to 64 KB/s) the form shows how much of the file has
    gone; when the server answers, its page replaces this one as a plain post would."""
    import tempfile
    login(page, "nd-admin")
    page.get(f"{URL}/units/{NGHI_DUONG}/dossiers")
    bar = page.find_element(By.ID, "progress-procedures")
    assert not bar.is_displayed()  # nothing shown before an upload
    rows = ["Mã thủ tục,Tên thủ tục,Lĩnh vực,Mức độ DVC,Có phí,Thanh toán trực tuyến"]
    rows += [f"TT{i:04d},Thủ tục hành chính thử nghiệm số {i} của xã,Hộ tịch,Toàn trình,Không,Không" for i in range(3000)]
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")  # about 250 KB: four seconds at 64 KB/s
    form = page.find_element(By.ID, "upload-procedures")
    form.find_element(By.ID, "file-procedures").send_keys(f.name)
    page.execute_cdp_cmd("Network.enable", {})
    page.execute_cdp_cmd("Network.emulateNetworkConditions",
                         {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 64 * 1024})
    try:
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        status = page.find_element(By.ID, "status-procedures")
        WebDriverWait(page, 10).until(lambda d: "Đang tải tệp lên:" in status.text)
        assert bar.is_displayed()
        assert form.find_element(By.CSS_SELECTOR, "button[type=submit]").get_attribute("disabled") is not None
        WebDriverWait(page, 60).until(lambda d: "imported=procedures" in d.current_url)
    finally:
        page.execute_cdp_cmd("Network.emulateNetworkConditions",
                             {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    WebDriverWait(page, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert "Đã lưu danh mục gồm 3.000 thủ tục." in page.find_element(By.CSS_SELECTOR, ".notice").text
