#!/usr/bin/env python3
"""z06 generator: ASR-style (no punctuation, homophone errors, number words) operator calls.
Reads hand.jsonl (hand-written calls), appends generated calls, writes calls.jsonl.
Deterministic: fixed seed. Python 3 standard library only."""
import json
import random

SEED = 20240606
N_GEN = 275
R = random.Random(SEED)

CC, FC, FR, CR, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward", "code_request",
                              "consent_bypass", "pressure", "abuse")

# ---------------------------------------------------------------- helpers
DIG = "零一二三四五六七八九"


def cn(n):
    """int (0..9999) -> Chinese number words, spoken style (十五 not 一十五)."""
    if n == 0:
        return "零"
    out, units, s = "", ["千", "百", "十", ""], str(n).rjust(4, "0")
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIG[d] + units[i]
    if out.startswith("一十"):
        out = out[1:]
    return out


def digits(s):
    """spoken digit string, 1 -> 幺 as on the phone"""
    return "".join("幺" if c == "1" else DIG[int(c)] for c in s)


def pick(x):
    return R.choice(x)


def maybe(p=0.5):
    return R.random() < p


HOMO = [("流量", ["流亮", "刘量", "流量"]), ("套餐", ["套参", "套惨", "套餐"]), ("资费", ["自费", "资非"]),
        ("话费", ["花费", "话费"]), ("验证码", ["验正码", "验证吗", "眼证码"]), ("会员", ["会园", "回员", "会员"]),
        ("移动", ["一动", "移东"]), ("取消", ["去消", "取笑"]), ("积分", ["鸡分", "几分"]), ("兑换", ["对换", "兑环"]),
        ("靓号", ["亮号", "靓好"]), ("营业厅", ["营业听", "营业停"]), ("宽带", ["款待", "宽代"]), ("优惠", ["优会", "优汇"]),
        ("短信", ["短线", "短新"]), ("欠费", ["欠非", "欠飞"]), ("办理", ["半理", "办里"]), ("星级", ["星际", "星吉"]),
        ("充值", ["冲值", "充直"]), ("停机", ["停鸡", "停急"]), ("携号转网", ["携号专网", "鞋号转网"]),
        ("实名", ["实明", "实名"]), ("扣费", ["扣废", "扣非"]), ("合约", ["和约", "合约"]), ("授权码", ["受权码", "授权吗"]),
        ("客服", ["客户", "科服"]), ("激活", ["鸡活", "激活"])]


def noise(text, p):
    for w, alts in HOMO:
        if w in text:
            parts = text.split(w)
            text = parts[0] + "".join((pick(alts) if R.random() < p else w) + rest for rest in parts[1:])
    return text


class Call:
    def __init__(self):
        self.turns = []

    def a(self, text, *labs):
        # two agent moves in a row: usually one ASR segment, sometimes split in two
        if self.turns and self.turns[-1][0] == "agent" and R.random() < 0.7:
            self.turns[-1][1] += " " + text
            self.turns[-1][2] = sorted(set(self.turns[-1][2]) | set(labs))
            return
        self.turns.append(["agent", text, sorted(set(labs))])

    def c(self, text):
        self.turns.append(["customer", text, []])

    def u(self, text, *labs):
        self.turns.append(["unknown", text, sorted(set(labs))])


# ---------------------------------------------------------------- shared banks
GREET = ["喂您好", "您好", "喂 你好", "哎您好", "喂 您好 打扰您一下", "您好 请问是机主本人吗", "喂 喂 您好", "您好 耽误您一分钟"]
NAME = ["先生", "女士", "大哥", "大姐", "师傅", "老妹儿", "大爷", "大姨", "小伙子", "老师"]
SCAM_ID = ["我这边是中国移动客服中心的", "我是移动客服", "这边是幺零零八六客服", "我是移动营业厅的", "我这是移动公司的",
           "我这边是中国移动的工作人员", "这边是移动服务中心", "我是幺零零八六的客服代表"]
HON_ID = ["这里是中国移动幺零零八六", "我是中国移动客服", "这边是移动客服中心", "我是移动公司的客服", "这里是幺零零八六客服热线",
          "我是中国移动的客服代表"]
BUSY = ["开车呢 快说", "忙着呢 啥事", "在开会 长话短说", "干活呢 你说", "啥事啊", "你谁啊", "喂 听不清 大点声",
        "嗯 说吧", "吃饭呢 啥事", "在外头呢 快点的", "咋的了", "嘎哈呀", "有事说事", "我这正忙 你赶紧的", "又是你们 啥事",
        "上班呢 说重点"]
HANGUP = ["挂了", "行了 挂了啊", "别打了", "拉倒吧 挂了", "我挂了啊", "没工夫 挂了", "再打我投诉你", "烦死了 挂了", "滚犊子吧"]
NO = ["不要", "不需要", "不用了", "不整", "不办", "不要不要", "用不着", "我说了不要", "不需要 谢谢", "甭了", "别介 不要"]
VAGUE = ["嗯", "啊", "哦", "嗯嗯", "我想想", "回头再说吧", "等会儿再说", "呃 那个", "嗯 你说", "我寻思寻思", "我先问问家里人"]
ASK_PRICE = ["真不要钱", "多少钱", "那得多少钱一个月", "你就说要不要钱", "不要钱你们图啥", "账单上多不多钱",
             "白给的 不能吧", "收不收费你说清楚", "我现在多少钱 办了多少钱"]
HOW = ["咋弄", "那你办吧", "行 咋整", "那咋取消", "那你给我弄了吧", "你说吧 咋操作", "行吧", "那你帮我弄"]
DOUBT = ["你是不是骗子", "你哪的啊", "你们真是移动的吗", "你工号多少", "我咋信你", "这号码不是幺零零八六啊"]
SHORT_ANGRY = ["你烦不烦", "有完没完", "我说了多少遍了", "听不懂人话啊", "你有病吧", "别磨叽了", "能不能别烦我"]

# scam agent moves, keyed by pattern; {g} {m} {n} filled from context
B_CC = ["套餐资费不变 跟您现在一模一样", "资费不变 您每个月该交多少还交多少", "不多收您一分钱", "就是送的 账单上不会多",
        "资费这块您放心 一点不变", "不要钱的 公司出", "您看账单根本看不出来", "跟您现在差不多 就多那么一点点 您不用管",
        "这个是免费的 您就放心用", "价格这块您别操心 主要是给您福利", "都是赠送的 不会多扣您钱",
        "钱不钱的 主要是您用着方便"]
B_CC_DODGE = ["这个您放心 主要是给您的福利", "都是系统给老用户的 您用就行", "钱这方面您别担心 我们是官方的",
              "您先用着 用着不好再说", "这个我跟您说了 您就放心吧", "多少钱这个 跟您现在差不多",
              "您问这个干啥 肯定是划算的", "这个具体的系统会给您发短信"]
B_PR = ["您先别急着拒绝", "今天是最后一天 过了就没了", "名额有限 就剩最后几个了", "别人想要都要不到", "您就听我说完",
        "您现在不办 明天就收回了", "这个机会错过就没了 您再想想", "就耽误您一分钟", "您确定不要 以后可别后悔",
        "您不办的话系统会自动给您降级", "您这是跟钱过不去啊 再考虑考虑", "我这边马上就截止了 您快点定"]
B_PR_THREAT = ["不处理的话下个月会停机", "不取消就连续扣 扣到您欠费停机", "这会影响您的个人信用",
               "不处理号码会被冻结", "过了今天钱就追不回来了", "系统会自动扣款 扣了就退不了"]
B_CB = ["好嘞 那我这边给您办上了", "嗯那就是同意了 给您提交了", "那我就默认您同意了啊", "不用确认了 我直接帮您办",
        "行 我替您确认了", "好的 已经给您开通成功", "我先给您登记上 不满意下月再退", "那我这边给您操作了 您等短信就行",
        "好了 我帮您点了确认", "没说话就当您同意了 给您办好了"]
B_CB_AFTER = ["已经办了 撤不回来了", "都提交了 系统里改不了", "您刚才说嗯了 系统录音了", "办都办完了 您就用着吧",
              "不是我说了算 系统已经生效了"]
B_AB = ["你这人怎么这样", "浪费我时间", "不识好歹", "你这人怎么回事啊", "好心当成驴肝肺", "你脑子有问题吧",
        "听不懂好赖话是吧", "白给都不要 穷命", "真是的 跟你说话费劲", "你爱要不要 啥人啊", "行 你牛 你厉害",
        "给你脸了是吧", "耳朵不好使啊"]
B_CR = ["一会儿幺零零八六给您发个六位数的验证码 您念给我就行", "您收一下短信 把上面的验证码告诉我",
        "系统给您发了个验证码 您报一下", "您把刚收到的那几个数字念一下", "短信上有个六位数 您读给我听",
        "您把验证码转发到我这个号码上", "收到的码您报给我 我这边给您处理", "验证码是您本人确认用的 您念给我"]
B_CR_AGAIN = ["对 您接着念 后面几位", "快点念 一会儿过期了", "您就念数字就行 别的不用管", "念完我这边就给您处理好了",
              "短信上写的啥您别管 就念数字"]
B_CR_SMS = ["那是系统模板 都那么写 您放心念", "那是给外人看的 我是客服", "短信写着订购是正常的 取消也得走订购流程",
            "不用管那个提示 我们是官方的"]
CODE_READ = ["三八", "四七一", "五二九", "零六", "八八三", "幺九"]


def read_code():
    return "".join(pick("幺二三四五六七八九零") for _ in range(R.choice([2, 3, 6])))


# ---------------------------------------------------------------- scam builders
def fill(s, **kw):
    return s.format(**kw) if kw else s


def scam_round(c, tactic, ctx):
    """customer reply consistent with the agent tactic that follows, then the agent move."""
    if tactic == "cc":
        c.c(pick(ASK_PRICE))
        c.a(pick(B_CC_DODGE + B_CC), CC)
    elif tactic == "pr":
        c.c(pick(NO + ["我不感兴趣", "我现在没空", "不用 我够用"]))
        c.a(pick(B_PR) + ("" if maybe(0.6) else " " + pick(B_PR)), PR)
    elif tactic == "prt":
        c.c(pick(NO + ["我不管了", "扣就扣吧", "我自己去营业厅问"]))
        c.a(pick(B_PR_THREAT), PR)
    elif tactic == "cb":
        c.c(pick(VAGUE))
        c.a(pick(B_CB), CB)
    elif tactic == "cb2":
        c.c(pick(["我没同意啊", "谁让你办了", "我说办了吗", "你给我退了", "我还没说要呢"]))
        c.a(pick(B_CB_AFTER), CB)
    elif tactic == "ab":
        c.c(pick(SHORT_ANGRY + DOUBT[:2] + ["我说了不要", "你们这都是套路", "我不信你"]))
        c.a(pick(B_AB) + ("" if maybe(0.5) else " " + pick(B_AB)), AB)
    elif tactic == "cr":
        c.c(pick(HOW))
        c.a(pick(B_CR), CR)
    elif tactic == "cr2":
        c.c(pick(["收到了 " + read_code(), read_code() + " 后边看不清", "等会儿 " + read_code()]))
        c.a(pick(B_CR_AGAIN), CR)
    elif tactic == "crsms":
        c.c(pick(["短信上写着请勿告诉他人啊", "这短信说的是订购业务啊", "短信说客服不会要验证码", "这码是办流量包的吧"]))
        c.a(pick(B_CR_SMS), CR)
    elif tactic == "neutral_id":
        c.c(pick(DOUBT))
        c.a(pick(["我工号是" + digits(str(R.randint(1000, 9999))), "我们是正规的客服 您放心", "我这边就是官方的",
                  "您看号码归属地就知道了"]))
    elif tactic == "neutral_explain":
        c.c(pick(["啥意思", "没听明白", "你再说一遍", "啥玩意儿", "说慢点"]))
        c.a(pick(["就是每个月多给您{g}个G 全国通用".format(**ctx), "就是给您的号码做个升级",
                  "就是系统里有这么个业务 我给您处理一下", "我再跟您说一遍 很简单的"]))


def ending(c, scam=True):
    r = R.random()
    if r < 0.4:
        c.c(pick(HANGUP))
    elif r < 0.6:
        c.c(pick(["我没同意 你别给我办", "我自己打幺零零八六问", "我去营业厅问问", "你们这肯定是骗子"]))
    elif r < 0.75 and scam:
        c.c(pick(HANGUP))
        c.a(pick(["喂 喂", "哎 别挂", "那行 您忙"]))
    # else: the call just ends on the agent's move


def ctx_new():
    return {"g": cn(R.choice([10, 15, 20, 25, 30, 40, 50])), "m": cn(R.choice([15, 19, 25, 29, 30, 38, 39, 68, 99])),
            "y": cn(R.choice([5, 6, 8, 10, 12, 15])), "n": pick(NAME),
            "big": cn(R.choice([120, 199, 216, 240, 360, 1499]))}


def scam_flow_star(c, ctx):
    c.a(pick(GREET) + " " + pick(SCAM_ID))
    if maybe(0.6):
        c.c(pick(BUSY))
    lure = pick(["看您是咱们的星级用户 这个月给您每月加{g}个G流量", "您这个号码用了{y}年了 公司回馈老用户 每月免费送您{g}个G",
                 "您被评为咱们的五星级客户 给您申请了一个专属福利 每月多{g}个G流量", "恭喜您 您的号码被系统选中参加老用户回馈活动 流量每月加{g}个G",
                 "您是我们的钻石用户 今天给您做个套餐升级 流量翻一倍", "您是咱们的金牌老用户 公司感谢您 每月多送{g}个G再加一百分钟通话"])
    c.a(fill(lure, **ctx), FR)
    if maybe(0.7):
        c.turns[-1][1] += " " + pick(B_CC)
        c.turns[-1][2] = sorted(set(c.turns[-1][2]) | {CC})
    return ["cc", "pr", "cb", "cb2", "ab", "neutral_id", "neutral_explain", "pr", "cb", "cr"]


def scam_member_cancel(c, ctx):
    if maybe(0.2):
        c.u(fill(pick(["您好 您的视频会员将于明日扣费{big}元 取消请按一", "您的会员即将续费 如需取消请按一转人工"]), **ctx), FC)
        c.c(pick(["啥玩意儿", "喂", "按了", "啥会员"]))
    c.a(pick(GREET) + " " + pick(SCAM_ID + ["这边是会员中心", "我是视频会员客服"]))
    if maybe(0.5):
        c.c(pick(BUSY))
    what = pick(["视频会员", "音乐会员", "游戏会员", "爱奇艺会员", "腾讯视频会员", "彩铃会员", "碎屏险"])
    c.a(fill(pick(["您之前领的那个{w} 下个月开始扣费了 一个月{m}块 需要帮您取消吗",
                   "您手机上有个{w} 是开卡时候赠送的 免费期到了 下月起每月扣{m}块",
                   "系统显示您的{w}明天自动续费{big}元 您知道吗", "您名下有个{w}一直没取消 下个月开始每月{m}",
                   "您的{w}体验期到了 马上转成正式的 每月{m}块钱"]), w=what, **ctx), FC)
    if maybe(0.6):
        c.c(pick(["我没开过", "啥会员 我不知道", "我没领过啊", "没有啊", "我都不看视频 哪来的会员"]))
        c.a(pick(["可能是家里人开的 我这边帮您取消", "系统里有记录的 不取消就自动扣", "没开过就更得取消了 不然就扣了",
                  "您可能忘了 开卡的时候送的 我帮您关了"]), FC)
    else:
        c.c(pick(["那你给我取消", "不要 取消", "取消取消", "那你给我关了"]))
        c.a(pick(["好的 我帮您关掉", "行 我这边给您取消", "好的 取消得走个流程"]), FC)
    if maybe(0.6):
        c.turns[-1][1] += " " + pick(B_CR)
        c.turns[-1][2] = sorted(set(c.turns[-1][2]) | {CR})
    return ["cr", "cr2", "crsms", "prt", "pr", "ab", "neutral_id", "cr", "prt", "cb2"]


def scam_pretty_number(c, ctx):
    c.a(pick(GREET) + " " + pick(SCAM_ID + ["我这是移动靓号中心", "这边是号码服务中心"]))
    if maybe(0.5):
        c.c(pick(BUSY))
    tail = pick(["六个六", "三个八", "五二零", "一六八八", "七七七七", "四个九", "八八八八"])
    c.a(pick(["恭喜您 您的号码被系统抽中了 可以免费领个靓号 尾号" + tail,
              "回馈老用户 免费给您选个靓号 尾号" + tail,
              "您是我们的星级用户 送您一个尾号" + tail + "的靓号",
              "您中了一个靓号使用权 尾号" + tail + " 外面卖好几千"]), FR)
    if maybe(0.5):
        c.turns[-1][1] += " " + pick(["不要钱的", "一分钱不用花", "就是个副号 免费的"])
        c.turns[-1][2] = sorted(set(c.turns[-1][2]) | {CC})
    return ["pr", "cc", "cb", "cb2", "ab", "cr", "cr2", "pr", "ab"]


def scam_bill_refund(c, ctx):
    c.a(pick(GREET) + " " + pick(SCAM_ID + ["我这边是移动话费返还中心", "我是移动财务部的"]))
    if maybe(0.5):
        c.c(pick(BUSY))
    c.a(fill(pick(["您上个月话费多扣了{m}块 现在给您返还", "系统升级 您多交了{big}块话费 要给您退回来",
                   "因为网络故障 公司给您补偿{m}元话费", "您参加的预存活动有返还 {big}元", "您有一笔话费补贴{m}元还没领"]), **ctx),
        FR)
    c.c(pick(["咋回事", "那你退吧", "还有这好事", "退就退呗", "咋退", "真的假的"]))
    c.a(pick(B_CR + ["返还需要本人验证 验证码发您了 您念一下", "您收一下短信 把上面的数告诉我 给您操作返还"]), CR)
    return ["pr", "prt", "cr2", "crsms", "ab", "neutral_id", "pr", "ab"]


def scam_points_gift(c, ctx):
    c.a(pick(GREET) + " " + pick(SCAM_ID + ["我是移动积分商城的", "这边是积分兑换中心"]))
    if maybe(0.5):
        c.c(pick(BUSY))
    gift = pick(["电饭锅", "不粘锅", "保温杯", "电动牙刷", "蓝牙音箱", "按摩仪", "炒锅", "茶具", "四件套", "空气炸锅"])
    c.a(pick(["您的积分快到期了 可以给您兑换一个" + gift, "恭喜您 您的积分够了 可以领一个" + gift,
              "您有好几千积分 今天最后一天 能换个" + gift, "积分抽奖您抽中了一个" + gift]), FR)
    if maybe(0.6):
        c.c(pick(["咋换", "行啊", "要钱不", "真的假的", "我没工夫"]))
        c.a(pick(["兑换礼品就是给您搭个流量包 不另外收费", "就是给您开个会员 也是送的 不要钱", "您办个小套餐就行 资费不变",
                  "礼品包邮 就是顺便给您升个套餐 钱不变"]), CC)
    return ["cb", "cb2", "cr", "cr2", "pr", "ab", "cc", "pr"]


def scam_push_after_no(c, ctx):
    """price stated honestly, but the agent will not take no for an answer"""
    c.a(pick(GREET) + " " + pick(SCAM_ID))
    c.c(pick(BUSY))
    c.a(fill(pick(["看您这个月流量又超了 给您推荐个加油包 十块钱十个G", "给您推荐个视频会员 每月{m}块 能看好多剧",
                   "给您升个五G套餐 每月多{m}块", "有个{m}块钱{g}个G的月包 您看要不要"]), **ctx))
    c.c(pick(NO))
    c.a(pick(B_PR), PR)
    return ["pr", "pr", "ab", "cb", "cb2", "neutral_explain"]


def scam_xiehao_block(c, ctx):
    c.a(pick(GREET) + " " + pick(SCAM_ID) + " " + pick(["看您最近查询过携号转网", "听说您要办携号转网", "系统显示您申请了携号转网授权码"]))
    c.c(pick(["我就问问携号转网的事", "我要转网 咋了", "你们咋知道我要转", "嗯 你说"]))
    c.a(pick(["您要是转走的话 号码上的优惠全部作废 还要交一千多违约金", "转网要冻结三个月 您号码用不了",
              "转网的话您绑定的银行卡微信都得重新弄 可麻烦了 还影响信用"]), PR)
    c.c(pick(["那咋整", "我还没决定", "你吓唬谁呢", "真的假的"]))
    c.a(fill(pick(["别转了 我给您个挽留优惠 每月送{g}个G 资费不变", "我给您申请个老用户回馈 每月多{g}个G 不花钱",
                   "您留下 我给您免费升级套餐 钱一分不多"]), **ctx), CC, *([FR] if maybe(0.4) else []))
    return ["cb", "cb2", "pr", "ab", "cc"]


SCAMS = [(scam_flow_star, 3, "flow_star_user_upgrade"), (scam_member_cancel, 3, "fake_member_cancel_code"),
         (scam_pretty_number, 2, "pretty_number_lure"), (scam_bill_refund, 2, "bill_refund_code"),
         (scam_points_gift, 2, "points_gift_bundle"), (scam_push_after_no, 1, "pushy_addon_after_no"),
         (scam_xiehao_block, 1, "porting_retention_scare")]


def build_scam():
    ctx = ctx_new()
    fn = R.choices([s[0] for s in SCAMS], weights=[s[1] for s in SCAMS])[0]
    name = [s[2] for s in SCAMS if s[0] is fn][0]
    c = Call()
    pool = fn(c, ctx)
    rounds = R.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 7])
    used_ab = False
    for i in range(rounds):
        t = pick(pool)
        if t == "ab":
            if used_ab and maybe(0.7):
                continue
            used_ab = True
        if t in ("cr2", "crsms") and not any(CR in x[2] for x in c.turns):
            t = "cr"
        if t == "cb2" and not any(CB in x[2] for x in c.turns):
            t = "cb"
        scam_round(c, t, ctx)
    ending(c)
    return c, name


# ---------------------------------------------------------------- honest builders
POLITE_SORRY = ["不好意思打扰您了", "抱歉打扰您", "实在抱歉给您添麻烦了", "理解您 打扰了", "非常抱歉打扰您"]
POLITE_BYE = ["好的 祝您生活愉快 再见", "好的 不打扰您了 再见", "感谢您的接听 再见", "好的 谢谢您", "好的 打扰了"]
RUDE = ["知道了知道了 烦不烦", "一天天的 烦死了", "你们能不能别打了", "有病吧 天天打", "滚 没空", "说完没 我忙着呢",
        "你们就知道要钱", "一边去", "行了行了 我知道"]
NO_CODE = ["这个电话不需要您提供任何验证码", "我们不会在电话里索要验证码", "验证码请不要告诉任何人 包括客服",
           "如果有人打电话让您报验证码 那都是骗子", "整个过程不需要您报任何数字"]


def honest_extras(c, bank, k):
    for q, a in R.sample(bank, min(k, len(bank))):
        c.c(q)
        c.a(a)


def h_arrears(c, ctx):
    owe = cn(R.randint(3, 120)) + pick(["块", "块钱", "元"]) + (pick(["三", "五", "八", ""]) if maybe(0.4) else "")
    c.a(pick(GREET) + " " + pick(HON_ID) + " " + pick(["提醒您 您的号码目前欠费", "您尾号" + digits(str(R.randint(1000, 9999))) +
                                                   "的号码欠费", "您的账户已经欠费"]) + owe)
    hn = False
    c.c(pick(RUDE + BUSY + ["多少", "咋欠费了"]))
    if maybe(0.5):
        c.a(pick(POLITE_SORRY) + " " + pick(["您可以通过移动app 微信或者营业厅充值", "您方便的时候充一下值就行",
                                             "您可以用微信或者支付宝充值 不用去营业厅"]))
    else:
        c.a(pick(["如果" + pick(["三天", "本月二十号", "月底"]) + "前没有充值 号码会暂停呼出 充值后自动恢复",
                  "欠费超过一定时间会停机 提醒您及时缴费 充上以后几分钟就恢复"]))
        hn = True
    extras = [("咋欠这么多", "主要是上个月套餐外的流量费 明细您可以在app账单里查"),
              ("你们不会是骗子吧", "您可以挂了电话直接拨打幺零零八六核实 我们不需要您提供任何信息"),
              ("我昨天充了啊", "我帮您查一下 昨天的充值是到另一个号码上了 这个号码还是欠费"),
              ("能不能宽限几天", "可以的 您这个号码有信用额度 几天内充上都不影响"),
              ("我在外地", "没关系 您可以在手机上充值 不用去营业厅")]
    honest_extras(c, extras, R.choice([0, 0, 1, 2]))
    if maybe(0.5):
        c.c(pick(RUDE + ["嗯", "行", "知道了"]))
        c.a(pick(NO_CODE) + " " + pick(POLITE_BYE))
        hn = True
    else:
        c.c(pick(["知道了", "行 挂了", "嗯", "一会儿充"]))
        c.a(pick(POLITE_BYE))
    return "arrears_reminder", hn


def h_plan_expiry(c, ctx):
    old, new = R.choice([(28, 58), (38, 48), (38, 58), (58, 78), (19, 39), (29, 49), (68, 88), (99, 129)])
    ren = old + R.choice([0, 0, 5, 10])
    c.a(pick(GREET) + " " + pick(HON_ID) + " " + pick(["您的优惠套餐", "您的合约套餐", "您办的流量优惠", "您的融合套餐"]) +
        pick(["这个月底到期", "下个月到期", "还有十天到期"]) + " 到期以后恢复原价" + cn(new) + "块钱一个月")
    c.c(pick(RUDE + BUSY + ["那咋整", "又涨价了"]))
    c.a(pick(["如果续订的话是" + cn(ren) + "块钱一个月 合约" + pick(["一年", "两年"]) + " 需要您明确同意才办",
              "您可以续订 续订是" + cn(ren) + "一个月 您要是不需要 什么都不用做"]))
    extras = [("合约期间能改吗", "合约期间不能改低档套餐 也不能携号转网 提前解约有违约金"),
              ("续了有啥区别", "续了就还是" + cn(ren) + " 流量通话不变"),
              ("为啥涨价", "原来的价格是优惠期的价格 优惠结束了就恢复标准资费"),
              ("你给我发个短信吧", "好的 马上给您发短信 里面有详细的资费说明")]
    honest_extras(c, extras, R.choice([0, 1, 1, 2, 3]))
    if maybe(0.5):
        c.c(pick(["续吧", "那就续", "行 给我续上"]))
        c.a("跟您确认一下 每月" + cn(ren) + "块 合约期内不能改低档 您同意办理吗")
        c.c(pick(["同意", "好的我同意办理", "确认 同意", "同意办理"]))
        c.a(pick(["好的 已经为您办理 稍后发确认短信", "好的 办理成功 短信里有详细资费"]))
    else:
        c.c(pick(NO + ["不续 贵", "到期就到期"]))
        c.a(pick(["好的 不续的话到期自动按" + cn(new) + "收费 您随时可以改", "好的 不给您办 您有需要再联系我们"]) +
            " " + pick(["打扰了", "再见", "祝您生活愉快", "打扰您了 再见"]))
    return "plan_expiry_new_price", True


def h_porting(c, ctx):
    op = pick(["联通", "电信", "广电"])
    if maybe(0.6):
        c.c(pick(["喂 幺零零八六吧 我问问携号转网咋弄", "我想转" + op + " 能转不", "我要携号转网 你给我说说",
                  "携号转网要花钱不"]))
        c.a(pick(["您好 我帮您查一下号码状态 请稍等", "您好 携号转网本身不收费 我先帮您查一下"]))
    else:
        c.a(pick(GREET) + " " + pick(HON_ID) + " 您昨天在网上留言咨询携号转网 我给您回个电话")
        c.c(pick(["对 我要转" + op, "嗯 咋弄", "快说 我忙"]))
    if maybe(0.5):
        c.a(pick(["您的号码没有欠费 也没有合约 符合转网条件", "您这个号码可以转 没有合约限制"]))
    else:
        c.a("您的号码有一个合约 到" + pick(["明年三月", "今年年底", "下个月"]) + " 合约到期以后就能转 提前转需要到营业厅解约")
    c.c(pick(["那授权码咋弄", "然后呢", "要啥手续", "你们不会拦着我吧"]))
    c.a(pick(["您编辑短信SQXH发到幺零零八六 会收到授权码 这个码您自己留着去" + op + "营业厅用 不用告诉我 也别告诉别人",
              "授权码需要您自己发短信获取 我们不代发 也不会问您要 您到" + op + "办理的时候出示就行"]))
    extras = [("你们不会给我扣钱吧", "不会 转网不收费 只要把当月话费结清"),
              ("你们能不能给我便宜点", "可以给您介绍一个四十八元的套餐 合约一年 您不需要的话我就不说了"),
              ("我号上还有会员呢", "会员需要您先退订 您要现在退吗 退订需要您说确认"),
              ("转完号码变吗", "号码不变 只是运营商变了")]
    honest_extras(c, extras, R.choice([0, 1, 1, 2]))
    c.c(pick(["行 知道了", "嗯", "那我回头去", "好 挂了"]))
    if maybe(0.6):
        c.a(pick(POLITE_BYE))
    return "porting_question_answered", True


def h_cancel_requested(c, ctx):
    what = pick(["视频会员", "音乐会员", "流量包", "彩铃", "游戏会员"])
    price = cn(R.choice([10, 15, 20, 25, 30]))
    c.c(pick(["喂 我要退那个" + what, "我那个" + what + "咋取消", "你们给我开的" + what + "给我退了", "喂 幺零零八六吗 " +
              what + "扣我钱了 我要退"]))
    c.a("您好 我帮您查一下 您的号码有一个" + price + "元的" + what + " 是" + pick(["去年十月", "今年三月", "上个月五号"]) +
        pick(["在app上订购的", "通过营业厅办理的", "您自己短信订购的"]))
    if maybe(0.4):
        c.c(pick(["我没订过啊", "咋可能 我不记得", "可能是我孩子弄的"]))
        c.a("记录显示是这么办的 我这边先帮您退 另外提交一个核实工单 核实不是本人办理会退款")
    if maybe(0.3):
        c.a("确认退订这个" + price + "元的" + what + "吗")
    else:
        c.c(pick(["退 赶紧的", "快点退", "退了吧"]))
        c.a("好的 跟您确认一下 退订" + price + "元的" + what + " 对吗")
    c.c(pick(["确认", "对 退", "确认退订", "对"]))
    c.a(pick(["已经为您退订 下个月起不再扣费 本月已扣的不退", "好的 已经提交退订 稍后有短信通知"]) +
        (" " + pick(NO_CODE) if maybe(0.7) else ""))
    if maybe(0.5):
        c.c(pick(["行", "嗯 好", "知道了"]))
    return "customer_requested_cancellation", True


def h_offer_price(c, ctx):
    m = cn(R.choice([10, 15, 20, 30]))
    g = cn(R.choice([5, 10, 20, 30]))
    what = pick([m + "块钱" + g + "个G的流量月包 每月会多收" + m + "块", "视频会员 首月免费 第二个月起每月" + m + "元 自动续费",
                 "五G升级 资费每月多" + m + "块", m + "块的加油包 " + g + "个G 当月有效 不续订"])
    c.a(pick(GREET) + " " + pick(HON_ID) + " " + pick(["看您最近流量超了 ", "", "打扰您一下 "]) + "有一个" + what +
        " 您需要吗")
    r = R.random()
    if r < 0.35:
        c.c(pick(NO + RUDE))
        c.a(pick(["好的 不给您办理", "好的 那给您备注一下 以后尽量不打扰您"]) + " " + pick(POLITE_BYE))
        if maybe(0.4):
            c.c(pick(["嗯", "知道了", "拜拜"]))
    elif r < 0.55:
        c.c(pick(VAGUE))
        c.a(pick(["不好意思 您这样我不能算同意 需要您明确说同意办理我才办", "您要是需要的话 请明确说一下同意办理 不需要的话我就不办"]))
        if maybe(0.5):
            c.c(pick(["那不办了", "算了不要了"]))
            c.a(pick(POLITE_BYE))
        else:
            c.c(pick(["同意办理", "好的我同意办理"]))
            c.a("好的 已经为您办理 每月" + m + "元 退订在app里就能操作")
    else:
        extras = [("多少钱", "每月" + m + "块 会出现在您的月账单上"), ("能退吗", "可以 随时在app里退订 下月生效"),
                  ("是每个月都收吗", "是的 每个月都收 不要的话您自己在app里退订或者改回去就行"), ("你们不是骗子吧", "您可以挂了以后打幺零零八六核实 我们不需要您报验证码")]
        honest_extras(c, extras, R.choice([1, 1, 2, 3]))
        c.c(pick(["行 给我办一个", "那办吧", "可以"]))
        c.a("跟您确认一下 每月" + m + "元 您同意办理吗")
        c.c(pick(["同意", "好的我同意办理", "同意办理"]))
        c.a(pick(["好的 已经办理成功 稍后发短信", "办理好了 短信里有退订方式"]))
    return "priced_offer_explicit_consent", True


def h_points(c, ctx):
    pts = cn(R.choice([800, 1200, 2000, 3500, 5000, 8000]))
    c.a(pick(GREET) + " " + pick(HON_ID) + " 提醒您 您有" + pts + "积分" + pick(["年底清零", "下个月到期", "这个月底过期"]))
    c.c(pick(BUSY + RUDE + ["然后呢", "咋换"]))
    c.a(pick(["您可以在移动app积分商城里自己兑换 话费 流量 小礼品都行 不用办任何业务 也不收钱",
              "您自己在app里或者发短信就能兑换 我们电话里不代办"]))
    extras = [("你帮我换了呗", "不好意思 积分兑换需要您自己操作 我们不代办 也不会让您报验证码"),
              ("能换啥", "话费券 流量 还有些实物礼品 具体您在app里看"),
              ("换东西要钱不", "不要钱 只扣积分 邮费也是包的"),
              ("我不会弄", "您可以让家里人帮您在app上弄 或者去营业厅 工作人员会教您")]
    honest_extras(c, extras, R.choice([0, 1, 2]))
    c.c(pick(["行 有空看看", "知道了", "嗯 挂了"]))
    if maybe(0.6):
        c.a(pick(POLITE_BYE))
    return "points_expiry_self_redeem", True


def h_warning(c, ctx):
    if maybe(0.5):
        c.a(pick(GREET) + " " + pick(HON_ID) + " 近期有人冒充客服 以" + pick(["赠送流量", "视频会员扣费", "话费返还", "积分兑换",
                                                                        "靓号"]) + "为由索要验证码 提醒您验证码不要告诉任何人")
        c.c(pick(["知道了", "昨天就有人给我打", "嗯", "骗子真多"]))
        c.a(pick(["您没有告诉对方吧", "如果接到这类电话 直接挂断就行"]))
        c.c(pick(["没有 我直接挂了", "没告诉", "嗯"]))
        c.a(pick(["好的 遇到这种情况可以拨打幺零零八六举报", "好的 感谢您的配合"]))
    else:
        c.c(pick(["喂 刚有人说我会员要扣费 让我报验证码 是你们吗", "有人说给我返话费 要验证码 是你们打的吗",
                  "刚有人说我是星级用户 送流量 让我念验证码"]))
        c.a("您好 我们不会打电话索要验证码 " + pick(["我帮您查一下 您的号码上没有会员", "我帮您查一下 号码上没有新业务"]))
        c.c(pick(["我已经告诉他了", "我没告诉", "那就是骗子呗"]))
        if c.turns[-1][1].startswith("我已经"):
            c.a("别着急 您的号码刚新开了一个" + cn(R.choice([20, 25, 30])) + "元的业务 我帮您退订 您确认退订吗")
            c.c(pick(["确认", "退 赶紧退"]))
            c.a("已经退订并提交退款申请 以后验证码不要告诉任何人")
        else:
            c.a(pick(["是的 那是骗子 请不要把验证码告诉任何人", "您做得对 验证码只能您自己在官方app里用"]))
    if maybe(0.4):
        c.c(pick(["好 谢谢", "知道了"]))
    return "scam_warning", True


def h_notice(c, ctx):
    c.a(pick(GREET) + " " + pick(HON_ID) + " " + pick(["通知您 今晚十二点到凌晨三点 您小区宽带线路检修 期间可能断网",
                                                   "您报修的宽带 师傅明天上午过去", "您所在区域基站明晚升级 可能会短暂没信号",
                                                   "您本月流量已用了百分之九十", "您的话费余额不足十元",
                                                   "您的身份证快过期了 需要带新证件到营业厅更新实名信息"]))
    c.c(pick(BUSY + RUDE + ["嗯", "知道了"]))
    c.a(pick(POLITE_SORRY + ["给您带来不便 敬请谅解", "您有问题可以随时拨打幺零零八六"]))
    if maybe(0.5):
        c.c(pick(["行", "嗯 挂了", "知道了"]))
        c.a(pick(POLITE_BYE))
    else:
        c.c(pick(["嗯", "行了"]))
    return "service_notice", False


def h_free_reward(c, ctx):
    g = cn(R.choice([5, 10, 20]))
    c.a(pick(GREET) + " " + pick(HON_ID) + " 感谢您在网" + ctx["y"] + "年 已经给您账户赠送" + g +
        "个G通用流量 本月有效 不用办理任何业务 也不会收费")
    c.c(pick(["送的 不用我干啥", "真的假的", "不会扣钱吧", "你们不会要验证码吧"]))
    c.a(pick(["不用 已经到账了 您在app里能看到 不会续订也不会扣费", "不需要任何验证码 已经直接到账了 到月底自动结束"]))
    c.c(pick(["行 谢谢", "哦 那行", "嗯"]))
    if maybe(0.5):
        c.a(pick(POLITE_BYE))
    return "real_free_reward", True


def h_bill_query(c, ctx):
    c.c(pick(["喂 我这个月咋扣这么多", "我问一下我套餐多少钱", "为啥这个月话费高"]))
    base = cn(R.choice([38, 58, 78, 98]))
    c.a("您好 您目前的套餐是" + base + "块钱一个月 " + pick(["本月还有一个十五元的流量包", "本月有六块多的超出通话费",
                                                      "本月有一个二十元的视频会员"]))
    c.c(pick(["那个是啥时候办的", "我没办过啊", "哦 那我知道了"]))
    c.a(pick(["记录显示是您上个月在app上订购的 需要的话我可以帮您退订 需要您确认", "我给您提交个核实 如果不是本人办的会退款"]))
    c.c(pick(["退了吧 确认", "不用了 知道了", "行 你核实吧"]))
    c.a(pick(POLITE_BYE))
    return "bill_query_customer_call", maybe(0.5)


HONEST = [(h_arrears, 3), (h_plan_expiry, 3), (h_porting, 2), (h_cancel_requested, 2), (h_offer_price, 3), (h_points, 2),
          (h_warning, 2), (h_notice, 2), (h_free_reward, 1), (h_bill_query, 1)]


def build_honest():
    ctx = ctx_new()
    fn = R.choices([h[0] for h in HONEST], weights=[h[1] for h in HONEST])[0]
    c = Call()
    name, hn = fn(c, ctx)
    return c, name, hn


# ---------------------------------------------------------------- main
def asr(c):
    p = R.choice([0.15, 0.35, 0.6, 0.85])
    out = []
    for sp, text, labs in c.turns:
        t = noise(text, p)
        if sp == "customer" and maybe(0.12):
            t = pick(["呃 ", "那个 ", "喂 ", "啊 "]) + t
        out.append({"speaker": sp, "text": t, "labels": labs})
    return out


def main():
    hand = [json.loads(l) for l in open("hand.jsonl", encoding="utf-8")]
    calls = list(hand)
    seen = set(json.dumps(x["turns"], ensure_ascii=False) for x in hand)
    i = len(hand)
    n_honest = 0
    while len(calls) < len(hand) + N_GEN:
        want_honest = R.random() < 0.45
        if want_honest:
            c, name, hn = build_honest()
        else:
            c, name = build_scam()
            hn = False
        turns = asr(c)
        if not (4 <= len(turns) <= 25):
            continue
        key = json.dumps(turns, ensure_ascii=False)
        if key in seen:
            continue
        labs = sorted({l for t in turns for l in t["labels"]})
        if want_honest:
            assert not labs
        elif not labs:
            continue
        seen.add(key)
        i += 1
        calls.append({"id": "z06-%04d" % i, "lang": "zh", "deceptive": bool(labs), "labels": labs, "turns": turns,
                      "source": "writer:z06", "scenario": name, "hard_negative": bool(hn and not labs),
                      "written": "generator"})
    with open("calls.jsonl", "w", encoding="utf-8") as f:
        for x in calls:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(calls), "calls written")


if __name__ == "__main__":
    main()
