"""The quick guide's content: Chinese sections (indicator rules read from the core's captions) and Uyghur ones."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from incubator_desktop.core.indicators.captions import ZH_CN


@dataclass(frozen=True)
class GuideSection:
    """One entry of the contents list: a title and its body as simple HTML."""

    title: str
    body: str


def _indicator_rows() -> str:
    rows = "".join(
        f"<tr><td><b>{escape(caption.label)}</b>（{escape(caption.unit)}）</td><td>{escape(caption.rule)}</td></tr>"
        for caption in ZH_CN.values()
    )
    return f"<table cellspacing='0' cellpadding='4' border='1'>{rows}</table>"


def chinese_guide() -> list[GuideSection]:
    """The quick guide in Chinese, the language the township clerks and the district work in."""
    return [
        GuideSection(
            "开始使用",
            "<p>左侧是工作区：首页、社会组织、登记备案、培训、活动等。点击即可切换，未保存的表单不会丢失。</p>"
            "<p>按 <b>Ctrl+F</b> 在右上角搜索框里查找组织、人员、活动。</p>"
            "<p>如果安装时选择了“练习数据”，窗口底部会显示<b>练习数据</b>标记。正式工作前，"
            "请在“帮助”菜单中选择“清除练习数据”。</p>",
        ),
        GuideSection(
            "用U盘导出同步包",
            "<ol><li>插入U盘，打开左侧的<b>同步</b>工作区，选择“发送同步包”。</li>"
            "<li>在“U盘：”中选择您的U盘；没有显示时点击“重新查找”。</li>"
            "<li>点击<b>导出到U盘</b>，等待提示“已写入并校验无误”。</li>"
            "<li>把U盘交给上级民政局，由民政局在“接收同步包”中导入。</li></ol>"
            "<p>同步包已签名并加密，只有接收方能打开；U盘丢失也不要紧，下一个同步包会再次带上这些变动。"
            "数据库本身请不要放在U盘上。</p>",
        ),
        GuideSection(
            "打印公示",
            "<ol><li>在菜单栏选择<b>打印 → 新备案组织公示…</b>（或工具栏的“打印公示”）。</li>"
            "<li>在打印窗口中选择公示类型、公示日期和统计期，右侧会显示预览。</li>"
            "<li>核对无误后点击“打印”，或保存为 PDF 文件后再打印、张贴。</li></ol>"
            "<p>公示只显示组织名称等公开信息，不会显示身份证号和电话。</p>",
        ),
        GuideSection(
            "各项指标的含义",
            "<p>“指标”工作区按下列规则统计，点击数字可以查看是哪些记录：</p>" + _indicator_rows(),
        ),
        GuideSection(
            "备份与安全",
            "<p>数据保存在本机硬盘的数据文件夹中（见“帮助 → 关于”）。请定期在“设置”中备份。"
            "密钥指纹（60 位数字）要和民政局电话核对，密钥登记表打印后签字盖章交民政局。</p>",
        ),
    ]


def uyghur_guide() -> list[GuideSection]:
    """A short Uyghur edition of the guide (the daily steps), for Uyghur-speaking clerks and its PDF."""
    return [
        GuideSection(
            "ئىشلىتىشنى باشلاش",
            "<p>سول تەرەپتە خىزمەت رايونلىرى بار: باش بەت، ئىجتىمائىي تەشكىلاتلار، تىزىملاش، تەربىيەلەش، "
            "پائالىيەتلەر. چېكىپ ئالماشتۇرسىڭىز، ساقلانمىغان جەدۋەل يوقالمايدۇ.</p>"
            "<p>تەشكىلات، كىشى ياكى پائالىيەت ئىزدەش ئۈچۈن <b>Ctrl+F</b> نى بېسىڭ.</p>",
        ),
        GuideSection(
            "U دىسكىغا ماس قەدەملەش بولىقى چىقىرىش",
            "<ol><li>U دىسكىنى قىستۇرۇپ، «ماس قەدەملەش» خىزمەت رايونىنى ئېچىڭ.</li>"
            "<li>U دىسكىنى تاللاڭ، ئاندىن «U دىسكىغا چىقىرىش» نى بېسىڭ.</li>"
            "<li>«يېزىلدى ۋە تەكشۈرۈلدى» دېگەن ئۇچۇر چىققاندىن كېيىن، U دىسكىنى رايونلۇق "
            "پۇقرالار ئىشلىرى ئىدارىسىگە تاپشۇرۇڭ.</li></ol>",
        ),
        GuideSection(
            "ئۇقتۇرۇش بېسىش",
            "<ol><li>«بېسىش» تىزىملىكىدىن «يېڭى تىزىملاتقان تەشكىلاتلار ئۇقتۇرۇشى» نى تاللاڭ.</li>"
            "<li>ئالدىن كۆرۈشنى تەكشۈرۈپ، «بېسىش» نى بېسىڭ ياكى PDF قىلىپ ساقلاڭ.</li></ol>",
        ),
    ]


def guide_for(language: str) -> list[GuideSection]:
    return uyghur_guide() if language == "ug" else chinese_guide()
