#!/usr/bin/env python3
"""fresh7: an independent PII / secret measurement set of 1,000 short documents.

Every template ("frame"), name pool, street list and value format in this file was written by hand
for this set.  Only the Python standard library is used.  Output is deterministic (fixed seed, gzip
with mtime=0 and no file name, no iteration over sets).

    python3 gen_fresh7.py            # writes fresh7.jsonl.gz next to this script
    python3 gen_fresh7.py --stats    # also prints counts and the md5 of the gzip
"""
import argparse
import base64
import collections
import gzip
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata

SEED = 70707
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh7.jsonl.gz")

PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
             "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET_TYPES = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

# ---------------------------------------------------------------------------------------------
# Name pools (hand-written for this set).  Polish given names carry /f or /m so that -ski/-ska
# surnames agree.  Names used as examples in other READMEs are excluded (checked below).
# ---------------------------------------------------------------------------------------------

def W(s):
    return s.split()

def C(s):  # comma separated (entries may contain spaces)
    return [x.strip() for x in s.split(",") if x.strip()]

GROUPS = {
    "anglo_us": (C("Tyler, Brittany, Kayla, Dustin, Megan, Hunter, Cody, Jordan, Logan, Brooke, Caleb, Ashley, "
                   "Travis, Heather, Chase, Kelsey, Garrett, Lindsey, Zachary, Courtney, Bryce, Mackenzie, Trevor, "
                   "Shelby, Colton, Paige, Wyatt, Allison, Brandon, Savannah, Cooper, Jenna, Gavin, Whitney, Dalton"),
                 C("Thompson, Miller, Anderson, Baker, Sullivan, Hughes, Parker, Collins, Morgan, Bennett, Reynolds, "
                   "Fisher, Hayes, Russell, Griffin, Bryant, Foster, Mitchell, Carter, Porter, Whitaker, Caldwell, "
                   "Langley, McAllister, Schroeder, Donovan, Kowalczyk, Pruitt, Stoddard, Hollis")),
    "african_american": (C("DeShawn, Tamika, Jamal, Imani, Darnell, Aaliyah, Malik, Keisha, Terrence, Ebony, Jalen, "
                           "Latoya, Marquis, Jasmine, Andre, Kiara, Desmond, Nia, Xavier, Destiny, Rashad, Tiana, "
                           "Cedric, Monique, Dante"),
                         C("Washington, Jefferson, Booker, Freeman, Gaines, Coleman, Pryor, Dorsey, Merriweather, "
                           "Tolliver, Whitfield, Holloway, Jenkins, Simmons, Mayfield, Robinson, Gadsden, Toussaint")),
    "british": (C("Oliver, Harriet, Callum, Imogen, Rhys, Poppy, Alfie, Niamh, Freddie, Isla, Hamish, Bethan, Ewan, "
                  "Ffion, Declan, Siobhan, Archie, Phoebe, Lewis, Eilidh, Toby, Kirsty, Jamie, Gemma, Oisín, Saoirse, "
                  "Cormac, Aoife, Rory, Morag, Dylan, Cerys, Barnaby, Tilly, Nigel, Gwen"),
                C("Pritchard, Ashworth, Fairclough, Beaumont, Hargreaves, Whitmore, Pemberton, Cartwright, Llewellyn, "
                  "MacLeod, Fraser, Gallagher, O'Sullivan, McCarthy, Doherty, Rowntree, Barraclough, Kavanagh, "
                  "Quigley, Ó Briain, Featherstone, Entwistle, Ramsbottom, Cadwaladr, MacKinnon, Pettigrew, "
                  "Threlfall, Horsfall, Gilchrist, Twomey, Fitzgerald, Nolan")),
    "hispanic": (C("José, María, Alejandro, Lucía, Javier, Camila, Santiago, Valentina, Diego, Ximena, Andrés, "
                   "Guadalupe, Mateo, Renata, Joaquín, Paola, Rodrigo, Fernanda, Íñigo, Itziar, Maite, Sergio, Rocío, "
                   "Álvaro, Nerea, Marisol, Luis Fernando, María José, Juan Pablo, Yolanda, Esteban, Pilar"),
                 C("García, Hernández, Martínez, López, Ramírez, Castillo, Vargas, Mendoza, Ortega, Navarro, Gutiérrez, "
                   "Ibáñez, Peña, Echeverría, Fuentes, Salazar, Cordero, Villalobos, Quintero, de la Cruz, Sánchez, "
                   "Domínguez, Aguirre, Arrieta, Belmonte, Carrasco, Olmedo, Zubizarreta")),
    "indian_north": (C("Aarav, Priya, Rohan, Ananya, Vikram, Sneha, Arjun, Kavya, Rahul, Neha, Siddharth, Pooja, "
                       "Harpreet, Gurpreet, Manpreet, Ishaan, Tanvi, Yash, Meera, Kunal, Ritika, Aditya, Shreya, "
                       "Nikhil, Jaspreet, Devika, Hemant"),
                     C("Sharma, Verma, Gupta, Mehta, Agarwal, Chopra, Malhotra, Kapoor, Singh, Sandhu, Gill, Bhatia, "
                       "Joshi, Patel, Shah, Desai, Trivedi, Kulkarni, Deshpande, Saxena, Banerjee, Chatterjee, "
                       "Mukherjee, Dhillon, Grewal")),
    "indian_south": (C("Lakshmi, Karthik, Divya, Srinivas, Meenakshi, Vignesh, Revathi, Arun, Deepa, Balaji, Nithya, "
                       "Harish, Swathi, Ramesh, Anjali, Senthil, Kavitha, Prakash, Sowmya, Venkat, Gayathri"),
                     C("Iyer, Nair, Menon, Reddy, Rao, Krishnan, Subramanian, Pillai, Naidu, Raghavan, Venkatesan, "
                       "Gowda, Hegde, Shetty, Chandrasekhar, Ramaswamy, Kurian, D'Costa, Varghese")),
    "chinese": (C("Wei, Jiahui, Xiaoming, Yuxuan, Zihan, Haoran, Xinyi, Mingyu, Jun, Lei, Yan, Qing, Zhiwei, Meiling, "
                  "Ruoxi, Tianyu, Wenjing, Jiayi, Zhen, Xiu Ying, Wei Ling, Kah Seng, Hui Min"),
                C("Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Zhu, Hu, Guo, Lin, Gao, Luo, Tan, Lim, "
                  "Teo, Goh, Ong, Leung, Cheung, Tsang")),
    "vietnamese": (C("Minh, Linh, Thảo, Tuấn, Hương, Đức, Quang, Ngọc, Phương, Khánh, Trang, Hiếu, Bảo, Lan, Thu Hà, "
                     "Hoài An, Tiến, Vy, Duy, Nhung"),
                   C("Nguyễn, Trần, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trịnh, Võ")),
    "korean": (C("Min-jun, Seo-yeon, Ji-hoon, Ha-eun, Do-yun, Ji-woo, Seung-hyun, Yuna, Hyun-woo, Soo-ah, Jae-won, "
                 "Eun-ji, Tae-yang, Joon-ho, Minseo, Jiyoung, Sungmin, Chae-won"),
               C("Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Han, Shin, Seo, Kwon, Hwang, Baek, Moon, Ryu")),
    "japanese": (C("Haruto, Yui, Sota, Aoi, Ren, Hina, Takumi, Sakura, Kenji, Yuki, Daiki, Misaki, Hiroshi, Naoko, "
                   "Riku, Emi, Kaito, Ayaka, Shohei, Chihiro"),
                 C("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
                   "Yamada, Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori, Ishikawa, Fujiwara, Ogawa")),
    "arabic": (C("Omar, Fatima, Yousef, Mariam, Khalid, Noura, Hamza, Aisha, Tariq, Karim, Salma, Faisal, Huda, Rami, "
                 "Dalia, Nasser, Rania, Bilal, Yasmin, Ziad, Lina, Mahmoud, Amira, Samir, Hala"),
               C("Al-Farsi, Haddad, Mansour, El-Sayed, Khoury, Al-Rashid, Saleh, Abdullah, Hamdan, Qureshi, Bakri, "
                 "Darwish, Fakhoury, Al-Hashimi, Aziz, Suleiman, Barakat, Zaid, Abu-Khalil, Nassar, Tawfiq")),
    "yoruba": (C("Adebayo, Oluwaseun, Temitope, Folake, Babatunde, Funmilayo, Olumide, Yetunde, Ayodele, Bukola, "
                 "Damilola, Kehinde, Taiwo, Tolulope, Femi, Bisi, Blessing, Precious"),
               C("Adeyemi, Ogunleye, Balogun, Adewale, Olawale, Bakare, Ogunbiyi, Akinola, Adeleke, Oyelaran, Ajayi, "
                 "Oyewole, Adebisi, Olatunji, Ayinde, Oladipo")),
    "igbo": (C("Chinedu, Ngozi, Chiamaka, Emeka, Obinna, Adaeze, Ifeanyi, Nkechi, Chukwuemeka, Uchenna, Chidinma, "
               "Kelechi, Somto, Amarachi, Godwin, Ebuka"),
             C("Okeke, Nwosu, Eze, Obi, Nwachukwu, Okafor, Igwe, Ugwu, Anyanwu, Nnadi, Okoro, Ezeh, Chukwu, Onuoha, "
               "Nwankwo, Obiora")),
    "hausa": (C("Aminu, Zainab, Ibrahim, Hadiza, Musa, Halima, Abdullahi, Rukayya, Sadiq, Maryam"),
              C("Bello, Abubakar, Danjuma, Garba, Yusuf, Sani, Lawal, Shehu, Usman")),
    "kenyan": (C("Wanjiru, Kamau, Achieng, Otieno, Njeri, Kiprop, Wambui, Akinyi, Chebet, Nyambura, Baraka, Zawadi, "
                 "Brian, Faith, Dennis, Mercy, Kevin, Purity, Collins, Cynthia"),
               C("Mwangi, Otieno, Kamau, Ochieng, Kiprotich, Njoroge, Omondi, Kariuki, Mutua, Wafula, Odhiambo, "
                 "Kimani, Onyango, Jeptoo, Koech, Wanyama, Muthoni, Rotich")),
    "ethiopian": (C("Abebe, Tigist, Dawit, Selam, Yonas, Hiwot, Bereket, Meron, Liya, Kidus, Mahlet, Henok, "
                    "Bethlehem, Samrawit, Eyerusalem, Tewodros"),
                  C("Tesfaye, Bekele, Haile, Girma, Alemu, Kebede, Tadesse, Wolde, Mengistu, Desta, Abera, "
                    "Gebremedhin, Assefa, Lemma")),
    "turkish": (C("Emre, Zeynep, Burak, Elif, Mehmet, Ayşe, Can, Ebru, Oğuzhan, Selin, Kerem, Derya, Murat, Gökçe, "
                  "Barış, Büşra, Serkan, İrem, Onur, Şule, Tuğba, Hakan"),
                C("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Çetin, Kurt, "
                  "Özdemir, Koç, Erdem, Güneş, Polat, Aksoy, Karagöz")),
    "polish": (C("Agnieszka/f, Katarzyna/f, Magdalena/f, Joanna/f, Małgorzata/f, Zofia/f, Weronika/f, Aleksandra/f, "
                 "Dorota/f, Ewelina/f, Krzysztof/m, Tomasz/m, Paweł/m, Michał/m, Grzegorz/m, Łukasz/m, Piotr/m, "
                 "Wojciech/m, Jakub/m, Bartosz/m, Jadwiga/f, Przemysław/m"),
               C("Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, "
                 "Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Nowak, Piotrowski, Grabowski, Pawłowski, "
                 "Michalski, Zając, Król, Wieczorek, Jabłoński, Sikorski, Wysocki, Zawadzki")),
    "german": (C("Lukas, Hannah, Jonas, Lena, Maximilian, Leonie, Felix, Johanna, Tobias, Katharina, Florian, Annika, "
                 "Matthias, Sabine, Jürgen, Ute, Dieter, Birgit, Moritz, Friederike, Björn, Greta, Hans-Peter, Anneliese"),
               C("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, "
                 "Schröder, Neumann, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Schmitt, Werner, Krause, Lehmann, "
                 "von Bülow, Köhler, Hübner, Vogt, Weißenborn, Eichhorn")),
    "french": (C("Camille, Mathieu, Élodie, Théo, Manon, Julien, Chloé, Antoine, Léa, Guillaume, Margaux, Clément, "
                 "Océane, Baptiste, Inès, Sébastien, Amandine, Loïc, Hélène, Jean-Baptiste, Marie-Claire, Anne-Sophie, "
                 "Gaëlle, François"),
               C("Martin, Bernard, Dubois, Thomas, Robert, Petit, Durand, Leroy, Moreau, Laurent, Lefebvre, Michel, "
                 "Bertrand, Roux, Vincent, Fournier, Morel, Girard, Lemoine, Chevalier, Fontaine, Mercier, Boucher, "
                 "Gauthier, Lambert, Bonnet, Faure, Le Gall, Delacroix, Château, Desrosiers")),
    "italian": (C("Giulia, Alessandro, Francesca, Lorenzo, Chiara, Matteo, Martina, Davide, Sara, Federico, Elena, "
                  "Andrea, Riccardo, Silvia, Giorgio, Beatrice, Tommaso, Alessia, Stefano, Gianluca, Ilaria"),
                C("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
                  "De Luca, Mancini, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Caruso, "
                  "D'Angelo, Ferrara, Galli, Lo Bianco")),
    "lusophone": (C("João, Ana, Pedro, Beatriz, Lucas, Mariana, Gabriel, Larissa, Rafael, Juliana, Thiago, Letícia, "
                    "Vinícius, Bruno, Tatiane, Inês, Duarte, Leonor, Tiago, Matilde, Afonso, Gonçalo, Ana Clara, "
                    "João Vitor"),
                  C("Silva, Santos, Oliveira, Souza, Pereira, Rodrigues, Almeida, Nascimento, Lima, Araújo, Fernandes, "
                    "Carvalho, Gomes, Martins, Rocha, Ribeiro, Alves, Monteiro, Mendes, Barros, Freitas, Cardoso, "
                    "Teixeira, Correia, Pinto, Sousa, Ferreira, Magalhães")),
    "dutch": (C("Daan, Sanne, Bram, Femke, Joost, Anouk, Thijs, Lotte, Ruud, Marloes, Sem, Fleur, Wouter, Eline, "
                "Jeroen, Inge, Niels, Roos, Maarten, Floor, Hidde, Ilse"),
              C("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, "
                "Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, van der Linden, Kuipers, "
                "Verhoeven, Dijkstra, Schouten")),
    "nordic": (C("Erik, Astrid, Lars, Ingrid, Magnus, Sigrid, Johan, Elin, Anders, Freja, Mikael, Linnea, Henrik, "
                 "Maja, Oskar, Saga, Nils, Karin, Sven, Ebba, Mette, Søren, Aino, Juha, Solveig"),
               C("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
                 "Lindqvist, Bergström, Lindberg, Sjöberg, Åkesson, Hansen, Johansen, Nielsen, Pedersen, Haugen, "
                 "Virtanen, Korhonen, Mäkinen, Lindholm, Ekström")),
    "filipino": (C("Maricel, Rowena, Jericho, Kristine, Mark Anthony, Analyn, Rodel, Jovelyn, Ramil, Marites, "
                   "Princess, Angelica, Carlo, Rhea, Jayson, Liza, Jomar, Divina, Arnel, Cherry Mae"),
                 C("Reyes, Cruz, Bautista, Ocampo, Mendoza, Dizon, Villanueva, Aquino, Mercado, Manalo, Pangilinan, "
                   "Macaraeg, Soriano, dela Cruz, de Guzman, Tolentino, Dimaculangan, Lacson, Salonga, Buenaventura")),
    "indonesian": (C("Budi, Siti, Agus, Dewi, Rizky, Putri, Wahyu, Ayu, Andi, Nurul, Eko, Rina, Hendra, Indah, Fajar, "
                     "Sri, Dimas, Wulan, Bambang, Lestari, Yusuf, Intan"),
                   C("Santoso, Wijaya, Pratama, Saputra, Hidayat, Kusuma, Setiawan, Nugroho, Halim, Gunawan, Siregar, "
                     "Nasution, Simanjuntak, Hutapea, Sihombing, Rahman, Susanto, Wibowo, Lubis, Purnomo")),
    "pacific": (C("Sione, Mele, Tevita, Losana, Viliami, Mosese, Salote, Tama, Aroha, Wiremu, Mereana, Hemi, "
                  "Kahurangi, Iosefa, Leilani, Keoni, Malia, Epeli, Litia, Manaia"),
                C("Tuilagi, Faleolo, Taufa, Havili, Fifita, Lolohea, Ngata, Parata, Tapsell, Vainikolo, Seru, Naivalu, "
                  "Leota, Aumua, Kealoha, Tupou, Te Rangi, Mataafa")),
}

# names quoted in other READMEs and placeholder names: never used for people here
BANNED_TOKENS = ["Amy", "Davis", "Irene", "Wilson", "Leila", "Mensah", "Chapman", "Okonkwo", "Regina", "Hutchinson",
                 "Doe", "Bloggs", "Mustermann"]

SURNAME_FIRST = {"chinese": 0.3, "korean": 0.25, "japanese": 0.2, "vietnamese": 0.4}
TWO_SURNAMES = {"hispanic": 0.35, "lusophone": 0.3}
MONONYM = {"indonesian": 0.25}

LOCALE_MIX = {
    "us": {"anglo_us": 34, "african_american": 13, "hispanic": 17, "chinese": 5, "korean": 4, "vietnamese": 4,
           "indian_north": 5, "indian_south": 2, "filipino": 3, "arabic": 3, "yoruba": 2, "igbo": 2, "japanese": 2,
           "polish": 1, "german": 1, "italian": 1, "ethiopian": 1},
    "uk": {"british": 48, "indian_north": 10, "polish": 6, "arabic": 4, "yoruba": 5, "igbo": 4, "chinese": 4,
           "italian": 3, "french": 2, "lusophone": 3, "turkish": 3, "indian_south": 2, "kenyan": 2, "nordic": 1},
    "ca": {"anglo_us": 24, "british": 8, "french": 16, "chinese": 11, "indian_north": 9, "filipino": 5, "arabic": 4,
           "vietnamese": 3, "korean": 3, "ethiopian": 2, "italian": 2, "lusophone": 2},
    "au": {"british": 36, "anglo_us": 5, "chinese": 10, "vietnamese": 7, "indian_north": 6, "indian_south": 2,
           "italian": 5, "pacific": 6, "korean": 3, "filipino": 3, "arabic": 3},
    "in": {"indian_north": 55, "indian_south": 45},
    "ng": {"yoruba": 45, "igbo": 40, "hausa": 15},
    "ke": {"kenyan": 88, "indian_north": 4, "ethiopian": 5, "arabic": 3},
    "ph": {"filipino": 88, "chinese": 8, "hispanic": 4},
    "sg": {"chinese": 62, "indian_south": 14, "indonesian": 14, "anglo_us": 5, "british": 5},
    "nz": {"british": 50, "pacific": 30, "chinese": 8, "indian_north": 6, "korean": 3, "filipino": 3},
    "ie": {"british": 85, "polish": 8, "lusophone": 4, "nordic": 3},
    "de": {"german": 70, "turkish": 14, "polish": 6, "arabic": 5, "italian": 3, "vietnamese": 2},
    "fr": {"french": 72, "arabic": 14, "lusophone": 5, "vietnamese": 5, "igbo": 1, "yoruba": 1, "italian": 2},
    "es": {"hispanic": 86, "arabic": 5, "italian": 3, "french": 3, "chinese": 3},
    "it": {"italian": 86, "arabic": 5, "chinese": 3, "filipino": 3, "hispanic": 3},
    "pt": {"lusophone": 90, "hispanic": 4, "indian_north": 3, "french": 3},
    "br": {"lusophone": 84, "japanese": 5, "italian": 6, "german": 3, "arabic": 2},
    "nl": {"dutch": 74, "turkish": 10, "arabic": 8, "indonesian": 6, "polish": 2},
    "pl": {"polish": 95, "german": 3, "vietnamese": 2},
    "tr": {"turkish": 96, "arabic": 4},
    "id": {"indonesian": 88, "chinese": 10, "arabic": 2},
    "se": {"nordic": 80, "arabic": 8, "polish": 4, "turkish": 4, "ethiopian": 2, "korean": 2},
}
for _m in LOCALE_MIX.values():
    assert all(k in GROUPS for k in _m), _m

GROUP_NAMES = list(GROUPS)


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("æ", "ae").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys], k=1)[0]


class Person:
    def __init__(self, given, surname, group, sfirst, mono):
        self.given, self.surname, self.group, self.sfirst, self.mono = given, surname, group, sfirst, mono

    @property
    def full(self):
        if self.mono:
            return self.given
        return "%s %s" % ((self.surname, self.given) if self.sfirst else (self.given, self.surname))

    @property
    def last(self):
        return self.given if self.mono else self.surname

    def tokens(self):
        return [t.lower() for t in re.split(r"[ \-']", fold(self.full)) if t]


def polish_surname(sur, g):
    if g == "f":
        for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if sur.endswith(a):
                return sur[:-len(a)] + b
    return sur


def draw_given(rng, group):
    raw = rng.choice(GROUPS[group][0])
    if "/" in raw:
        name, g = raw.split("/")
        return name, g
    return raw, None


def make_person(rng, locale, used_tokens, group=None, surname=None):
    for _ in range(200):
        grp = group or (wchoice(rng, LOCALE_MIX[locale]) if rng.random() < 0.8 else rng.choice(GROUP_NAMES))
        given, g = draw_given(rng, grp)
        if surname is not None:
            sur = surname
        else:
            surs = GROUPS[grp][1]
            sur = rng.choice(surs)
            if grp in TWO_SURNAMES and rng.random() < TWO_SURNAMES[grp]:
                s2 = rng.choice(surs)
                if s2 != sur:
                    sur = sur + " " + s2
            if grp == "polish":
                sur = " ".join(polish_surname(s, g or "m") for s in sur.split(" "))
        sfirst = grp in SURNAME_FIRST and rng.random() < SURNAME_FIRST[grp] and surname is None
        mono = grp in MONONYM and rng.random() < MONONYM[grp] and surname is None
        p = Person(given, sur, grp, sfirst, mono)
        toks = p.tokens()
        if surname is not None:
            sur_t = [t.lower() for t in re.split(r"[ \-']", fold(surname)) if t]
            toks = [t for t in toks if t not in sur_t]
        if any(t in used_tokens for t in toks):
            continue
        if any(b.lower() in toks for b in BANNED_TOKENS):
            continue
        used_tokens.extend(toks)
        return p
    raise RuntimeError("could not draw a person")


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

def digits(rng, n, first=None):
    s = "" if first is None else rng.choice(first)
    while len(s) < n:
        s += rng.choice("0123456789")
    return s


US_AREAS = W("212 312 415 617 614 512 303 206 404 713 503 919 608 720 971 646 347 929 773 469 214 480 602 702 816 "
             "901 615 504 267 215 412 313 248 216 513 317 414 651 612 804 757 843 704 980 305 786 407 813 727")
CA_AREAS = W("416 647 437 604 778 236 514 438 403 587 780 613 343 902 204 306 250 519 905")


def nanp_exchange(rng):
    while True:
        e = digits(rng, 3, "23456789")
        if e[1:] != "11" and e not in ("555", "958", "959", "976"):
            return e


def ph_nanp(rng, loc, kind):
    a = rng.choice(US_AREAS if loc == "us" else CA_AREAS)
    e, n = nanp_exchange(rng), digits(rng, 4)
    if kind == "intl":
        f = rng.choice(["+1 {a} {e} {n}", "+1 ({a}) {e}-{n}", "+1-{a}-{e}-{n}", "+1 {a}-{e}-{n}"])
    else:
        f = rng.choice(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "({a}) {e}-{n}", "1-{a}-{e}-{n}",
                        "{a}-{e}-{n}", "+1 {a} {e} {n}"])
    s = f.format(a=a, e=e, n=n)
    if kind == "ext":
        s += rng.choice([" ext. ", " x", " ext ", ", ext. "]) + digits(rng, rng.choice([2, 3, 4]), "123456789")
    return s


UK_GEO = [("020", 8), ("0161", 7), ("0113", 7), ("0117", 7), ("0141", 7), ("0131", 7), ("0121", 7), ("029", 8),
          ("0114", 7), ("0115", 7), ("01223", 6), ("01865", 6), ("01904", 6), ("01273", 6), ("028", 8)]


def uk_geo_ok(code, sub):
    if code == "020" and sub.startswith("7946"):
        return False
    if code == "029" and sub.startswith("2018"):
        return False
    if code == "028" and sub.startswith("9649"):
        return False
    if len(code) == 4 and (sub.startswith("496") or sub.startswith("498")):
        return False
    return True


def ph_uk(rng, kind):
    mobile = kind in ("mobile",) or (kind in ("any", "intl", "nat") and rng.random() < 0.6)
    if kind == "ext":
        mobile = False
    if mobile:
        while True:
            m = "7" + digits(rng, 9, "12345789")
            if not m.startswith("7700"):
                break
        if kind == "intl" or (kind == "any" and rng.random() < 0.25):
            return rng.choice(["+44 {a} {b}", "+44 (0){a} {b}", "+44 {a} {c} {d}"]).format(
                a=m[:4], b=m[4:], c=m[4:7], d=m[7:])
        return rng.choice(["0{a} {b}", "0{a} {c} {d}", "0{a}{b}", "0{a} {b}"]).format(a=m[:4], b=m[4:], c=m[4:7], d=m[7:])
    code, n = rng.choice(UK_GEO)
    while True:
        sub = digits(rng, n, "2345678")
        if uk_geo_ok(code, sub):
            break
    if n == 8:
        body = "%s %s" % (sub[:4], sub[4:])
    elif n == 7:
        body = "%s %s" % (sub[:3], sub[3:])
    else:
        body = sub
    if kind == "intl":
        s = rng.choice(["+44 %s %s", "+44 (0)%s %s"]) % (code[1:], body)
    else:
        s = rng.choice(["%s %s", "(%s) %s"]) % (code, body)
    if kind == "ext":
        s += rng.choice([" ext ", " ext. ", " x"]) + digits(rng, 4, "123456789")
    return s


def ph_simple(rng, loc, kind):
    """Locales other than NANP / UK.  Returns national or international forms."""
    r = rng.random
    if loc == "au":
        if kind == "mobile" or (kind in ("any", "nat", "intl") and r() < 0.6):
            while True:
                m = "4" + digits(rng, 8)
                if not (m.startswith("49157") or m.startswith("4915")):
                    break
            if kind == "intl" or (kind == "any" and r() < 0.3):
                return "+61 %s %s %s" % (m[:3], m[3:6], m[6:])
            return rng.choice(["0%s %s %s", "0%s%s%s"]) % (m[:3], m[3:6], m[6:])
        a = rng.choice(["2", "3", "7", "8"])
        while True:
            sub = digits(rng, 8, {"2": "9", "3": "9", "7": "3", "8": "89"}[a])
            if not (sub.startswith("5550") or sub.startswith("7010")):
                break
        s = ("+61 %s %s %s" % (a, sub[:4], sub[4:])) if kind == "intl" else ("(0%s) %s %s" % (a, sub[:4], sub[4:]))
        if kind == "ext":
            s += " ext " + digits(rng, 3, "123456789")
        return s
    if loc == "in":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.2):
            code = rng.choice(["080", "022", "011", "044", "040", "033", "020"])
            sub = digits(rng, 8, "2")
            s = "%s-%s %s" % (code, sub[:4], sub[4:]) if r() < 0.5 else "%s %s" % (code, sub)
            if kind == "ext":
                s += rng.choice([" Extn. ", " ext. ", " extn "]) + digits(rng, 3, "123456789")
            return s
        m = digits(rng, 10, "6789")
        if kind == "intl" or (kind == "any" and r() < 0.4):
            return rng.choice(["+91 %s %s", "+91-%s%s", "+91 %s%s"]) % (m[:5], m[5:])
        return rng.choice(["%s %s", "0%s%s", "%s%s", "0%s %s"]) % (m[:5], m[5:])
    if loc == "ng":
        p = rng.choice(W("803 806 813 816 703 706 802 808 812 805 807 815 905 809 817 818 909 908"))
        sub = digits(rng, 7)
        if kind == "ext":
            return "+234 1 %s %s ext. %s" % (sub[:3], sub[3:], digits(rng, 3, "123456789"))
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+234 %s %s %s", "+234 (0)%s %s %s", "+234%s%s%s"]) % (p, sub[:3], sub[3:])
        return rng.choice(["0%s %s %s", "0%s%s%s", "0%s-%s-%s"]) % (p, sub[:3], sub[3:])
    if loc == "ke":
        p = rng.choice(W("712 722 733 741 757 768 790 721 729 110 111 115"))
        sub = digits(rng, 6)
        if kind == "ext":
            return "020 %s %s ext %s" % (digits(rng, 3, "2345"), digits(rng, 4), digits(rng, 3, "123456789"))
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+254 %s %s %s", "+254%s%s%s", "+254 %s-%s-%s"]) % (p, sub[:3], sub[3:])
        return rng.choice(["0%s %s %s", "0%s%s%s"]) % (p, sub[:3], sub[3:])
    if loc == "ph":
        if kind == "ext":
            return "(02) 8%s %s loc. %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 3, "123456789"))
        p = rng.choice(W("905 915 917 918 927 939 945 966 977 995 998 956"))
        sub = digits(rng, 7)
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+63 %s %s %s", "+63%s%s%s", "+63 %s-%s-%s"]) % (p, sub[:3], sub[3:])
        return rng.choice(["0%s %s %s", "0%s-%s-%s", "0%s%s%s"]) % (p, sub[:3], sub[3:])
    if loc == "sg":
        if kind == "ext":
            return "6%s %s ext %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 3, "123456789"))
        sub = digits(rng, 8, "89")
        if kind == "intl" or (kind == "any" and r() < 0.45):
            return rng.choice(["+65 %s %s", "+65 %s%s", "(+65) %s %s"]) % (sub[:4], sub[4:])
        return rng.choice(["%s %s", "%s%s"]) % (sub[:4], sub[4:])
    if loc == "nz":
        if kind == "ext":
            return "(0%s) %s %s ext %s" % (rng.choice("349"), digits(rng, 3, "2345789"), digits(rng, 4),
                                          digits(rng, 3, "123456789"))
        p = rng.choice(["21", "22", "27", "29"])
        sub = digits(rng, 7, "2345789")
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return "+64 %s %s %s" % (p, sub[:3], sub[3:])
        return rng.choice(["0%s %s %s", "0%s %s%s"]) % (p, sub[:3], sub[3:])
    if loc == "ie":
        if kind == "ext":
            return "(01) %s %s ext. %s" % (digits(rng, 3, "2345678"), digits(rng, 4), digits(rng, 3, "123456789"))
        p = rng.choice(["83", "85", "86", "87", "89"])
        sub = digits(rng, 7, "2345678")
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return "+353 %s %s %s" % (p, sub[:3], sub[3:])
        return rng.choice(["0%s %s %s", "(0%s) %s %s", "0%s-%s%s"]) % (p, sub[:3], sub[3:])
    if loc == "de":
        if kind == "ext" or (kind in ("any", "nat", "intl") and r() < 0.35):
            code, n = rng.choice([("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7), ("211", 7),
                                  ("341", 7), ("351", 7), ("511", 7)])
            sub = digits(rng, n, "2345678")
            if kind == "intl":
                s = rng.choice(["+49 %s %s", "+49 (0)%s %s"]) % (code, sub)
            else:
                s = rng.choice(["0%s %s", "(0%s) %s", "0%s/%s", "0%s-%s"]) % (code, sub)
            if kind == "ext":
                s += "-" + digits(rng, rng.choice([2, 3]), "123456789")
            return s
        p = rng.choice(W("151 152 157 160 162 170 171 172 173 174 175 176 177 178 179"))
        sub = digits(rng, rng.choice([7, 8]))
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+49 %s %s", "+49 (0)%s %s", "+49%s%s"]) % (p, sub)
        return rng.choice(["0%s %s", "0%s/%s", "0%s-%s", "0%s %s"]) % (p, sub)
    if loc == "fr":
        def pair():
            return digits(rng, 2)
        if kind == "ext" or (kind in ("any", "nat", "intl") and r() < 0.3):
            lead = rng.choice(["1", "2", "3", "4", "5"])
            p2 = rng.choice(["%02d" % i for i in list(range(10, 35)) + list(range(40, 52)) + list(range(70, 89))])
            parts = [lead, p2, pair(), pair(), pair()]
        else:
            lead = rng.choice(["6", "7"])
            p2 = rng.choice(["%02d" % i for i in list(range(10, 35)) + list(range(40, 52)) + list(range(70, 89))])
            if lead == "7":
                p2 = rng.choice(["%02d" % i for i in range(50, 89)])
            parts = [lead, p2, pair(), pair(), pair()]
        if kind == "intl" or (kind == "any" and r() < 0.3):
            s = rng.choice(["+33 {0} {1} {2} {3} {4}", "+33 (0){0} {1} {2} {3} {4}", "+33{0}{1}{2}{3}{4}"]).format(*parts)
        else:
            s = rng.choice(["0{0} {1} {2} {3} {4}", "0{0}.{1}.{2}.{3}.{4}", "0{0}{1}{2}{3}{4}", "0{0} {1} {2} {3} {4}"]).format(*parts)
        if kind == "ext":
            s += " poste " + digits(rng, 3, "123456789")
        return s
    if loc == "es":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.3):
            p = rng.choice(["91", "93", "96", "95", "94", "98"])
            sub = digits(rng, 7, "2345678")
            s = rng.choice(["%s %s %s %s", "%s %s%s%s"]) % (p, sub[:3], sub[3:5], sub[5:])
            if kind == "ext":
                s += " ext. " + digits(rng, 3, "123456789")
            return s
        m = digits(rng, 9, "67")
        if kind == "intl" or (kind == "any" and r() < 0.3):
            return rng.choice(["+34 %s %s %s", "+34 %s%s%s"]) % (m[:3], m[3:6], m[6:])
        return rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]), "%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), m])
    if loc == "it":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.25):
            code = rng.choice(["06", "02", "051", "055", "011", "081", "041", "010"])
            sub = digits(rng, 8 if len(code) == 2 else 6, "2345678")
            s = rng.choice(["%s %s", "%s/%s", "%s-%s"]) % (code, sub)
            if kind == "ext":
                s += " int. " + digits(rng, 3, "123456789")
            return s
        p = rng.choice(W("320 328 329 333 338 339 340 347 348 349 366 380 388 392"))
        sub = digits(rng, 7)
        if kind == "intl" or (kind == "any" and r() < 0.3):
            return rng.choice(["+39 %s %s %s" % (p, sub[:3], sub[3:]), "+39 %s %s" % (p, sub), "+39%s%s" % (p, sub)])
        return rng.choice(["%s %s %s" % (p, sub[:3], sub[3:]), "%s %s" % (p, sub), "%s-%s" % (p, sub), "%s%s" % (p, sub)])
    if loc == "pt":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.25):
            p = rng.choice(["21", "22", "239", "253", "289"])
            sub = digits(rng, 9 - len(p), "2345678")
            return "%s %s %s" % (p, sub[:3], sub[3:]) + ((" ext. " + digits(rng, 3, "123456789")) if kind == "ext" else "")
        m = "9" + rng.choice("1236") + digits(rng, 7)
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+351 %s %s %s" % (m[:3], m[3:6], m[6:]), "+351 %s" % m])
        return rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]), m])
    if loc == "br":
        ddd = rng.choice(W("11 21 31 41 51 71 81 85 61 48 19 27"))
        if kind == "ext":
            return "(%s) 3%s-%s ramal %s" % (ddd, digits(rng, 3), digits(rng, 4), digits(rng, 3, "123456789"))
        a, b = "9" + digits(rng, 4, "6789"), digits(rng, 4)
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+55 %s %s-%s", "+55 (%s) %s-%s", "+55 %s %s %s"]) % (ddd, a, b)
        return rng.choice(["(%s) %s-%s", "%s %s-%s", "(%s) %s %s", "(%s)%s-%s"]) % (ddd, a, b)
    if loc == "nl":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.3):
            code = rng.choice(["020", "010", "030", "070", "040", "050", "071", "024"])
            sub = digits(rng, 7, "2345678")
            s = rng.choice(["%s-%s" % (code, sub), "%s %s %s" % (code, sub[:3], sub[3:]), "%s %s" % (code, sub)])
            if kind == "ext":
                s += " toestel " + digits(rng, 3, "123456789")
            return s
        sub = digits(rng, 8, "12345678")
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+31 6 %s" % sub, "+31 (0)6 %s" % sub, "+31 6 %s %s" % (sub[:4], sub[4:]), "+316%s" % sub])
        return rng.choice(["06-%s" % sub, "06 %s" % sub, "06 %s %s" % (sub[:4], sub[4:]), "06%s" % sub])
    if loc == "pl":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.25):
            code = rng.choice(["22", "12", "42", "71", "61", "58"])
            sub = digits(rng, 7, "2345678")
            s = rng.choice(["%s %s %s %s" % (code, sub[:3], sub[3:5], sub[5:]), "(%s) %s %s %s" % (code, sub[:3], sub[3:5], sub[5:])])
            if kind == "ext":
                s += " wew. " + digits(rng, 3, "123456789")
            return s
        m = rng.choice(W("50 51 53 57 60 66 69 72 78 79 88")) + digits(rng, 7)
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+48 %s %s %s" % (m[:3], m[3:6], m[6:]), "+48 %s-%s-%s" % (m[:3], m[3:6], m[6:]), "+48%s" % m])
        return rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]), "%s-%s-%s" % (m[:3], m[3:6], m[6:]), m])
    if loc == "tr":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.25):
            code = rng.choice(["212", "216", "312", "232", "224", "242"])
            sub = digits(rng, 7, "2345678")
            s = "0%s %s %s %s" % (code, sub[:3], sub[3:5], sub[5:])
            if kind == "ext":
                s += " dahili " + digits(rng, 3, "123456789")
            return s
        p = rng.choice(W("532 533 535 536 542 543 505 506 507 530 538 544 546 552"))
        sub = digits(rng, 7)
        if kind == "intl" or (kind == "any" and r() < 0.3):
            return rng.choice(["+90 %s %s %s %s", "+90 (%s) %s %s %s"]) % (p, sub[:3], sub[3:5], sub[5:])
        return rng.choice(["0%s %s %s %s", "0 (%s) %s %s %s", "0%s %s%s%s"]) % (p, sub[:3], sub[3:5], sub[5:])
    if loc == "id":
        if kind == "ext":
            return "(021) 5%s %s ext. %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 3, "123456789"))
        p = rng.choice(W("811 812 813 821 822 823 852 853 856 857 858 877 878 896 897 895"))
        a, b = digits(rng, 4), digits(rng, rng.choice([3, 4]))
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return rng.choice(["+62 %s-%s-%s", "+62 %s %s %s", "+62%s%s%s"]) % (p, a, b)
        return rng.choice(["0%s-%s-%s", "0%s %s %s", "0%s%s%s"]) % (p, a, b)
    if loc == "se":
        if kind == "ext" or (kind in ("any", "nat") and r() < 0.3):
            code, n = rng.choice([("8", 8), ("31", 7), ("40", 7), ("18", 6), ("13", 6)])
            while True:
                sub = digits(rng, n, "2345678")
                if not ((code == "8" and sub.startswith("46500")) or (code == "31" and sub.startswith("3900"))):
                    break
            if n == 8:
                s = "0%s-%s %s %s" % (code, sub[:3], sub[3:6], sub[6:])
            elif n == 7:
                s = "0%s-%s %s %s" % (code, sub[:3], sub[3:5], sub[5:])
            else:
                s = "0%s-%s %s %s" % (code, sub[:2], sub[2:4], sub[4:])
            if kind == "intl":
                s = "+46 " + s[1:].replace("-", " ")
            if kind == "ext":
                s += " ankn. " + digits(rng, 3, "123456789")
            return s
        while True:
            p = rng.choice(["70", "72", "73", "76", "79"])
            sub = digits(rng, 7)
            if not (p == "70" and sub.startswith("17406")):
                break
        if kind == "intl" or (kind == "any" and r() < 0.35):
            return "+46 %s %s %s %s" % (p, sub[:3], sub[3:5], sub[5:])
        return rng.choice(["0%s-%s %s %s" % (p, sub[:3], sub[3:5], sub[5:]), "0%s %s %s %s" % (p, sub[:3], sub[3:5], sub[5:]), "0%s%s" % (p, sub)])
    raise KeyError(loc)


def phone(rng, loc, kind="any"):
    if loc in ("us", "ca"):
        return ph_nanp(rng, loc, kind)
    if loc == "uk":
        return ph_uk(rng, kind)
    return ph_simple(rng, loc, kind)


def tollfree(rng, loc):
    d = lambda n: digits(rng, n, "23456789")
    t = {
        "us": lambda: rng.choice(["1-800-%s-%s", "1 (888) %s-%s", "1-877-%s-%s", "(866) %s-%s"]) % (d(3), d(4)),
        "ca": lambda: rng.choice(["1-800-%s-%s", "1-888-%s-%s", "1 (855) %s-%s"]) % (d(3), d(4)),
        "uk": lambda: rng.choice(["0800 %s %s", "0808 %s %s", "0800 %s%s"]) % (d(3), d(4)),
        "ie": lambda: "1800 %s %s" % (d(3), d(3)),
        "au": lambda: rng.choice(["1800 %s %s" % (d(3), d(3)), "13 %s %s" % (d(2), d(2)), "1300 %s %s" % (d(3), d(3))]),
        "nz": lambda: "0800 %s %s" % (d(3), d(3)),
        "in": lambda: "1800-%s-%s" % (d(3), d(4)),
        "ng": lambda: "0700 %s %s" % (d(3), d(4)),
        "ke": lambda: "0800 7%s %s" % (d(2), d(3)),
        "ph": lambda: "1-800-10-%s-%s" % (d(3), d(4)),
        "sg": lambda: "1800 %s %s" % (d(3), d(4)),
        "de": lambda: "0800 %s %s" % (d(3), d(4)),
        "fr": lambda: "0 800 %s %s %s" % (d(2), d(2), d(2)),
        "es": lambda: "900 %s %s" % (d(3), d(3)),
        "it": lambda: "800 %s %s" % (d(3), d(3)),
        "pt": lambda: "800 %s %s" % (d(3), d(3)),
        "br": lambda: "0800 %s %s" % (d(3), d(4)),
        "nl": lambda: "0800-%s" % d(4),
        "pl": lambda: "800 %s %s" % (d(3), d(3)),
        "tr": lambda: "444 %s %s" % (d(2), d(2)),
        "id": lambda: "1500-%s" % d(3),
        "se": lambda: "020-%s %s %s" % (d(2), d(2), d(2)),
    }
    return t[loc]()


def test_phone(rng, loc):
    if loc == "uk":
        return "07700 900%s" % digits(rng, 3)
    if loc == "au":
        return "0491 57%s %s" % (digits(rng, 1, "01234"), digits(rng, 3))
    return "(%s) 555-01%s" % (rng.choice(US_AREAS), digits(rng, 2))


# ---------------------------------------------------------------------------------------------
# Street addresses.  addr(rng, loc, block) returns one line or a multi-line block.
# ---------------------------------------------------------------------------------------------

US_STREETS = C("Maple Ridge, Cedar Hollow, Oak Park, Willow Bend, Sycamore, Hawthorne, Juniper, Pleasant Valley, "
               "Lakeshore, Meadowbrook, Ridgeview, Chestnut, Elm, Magnolia, Birchwood, Fox Run, Harbor View, Orchard, "
               "Prospect, Highland, Washington, Lincoln, Jefferson, Franklin, Kingsley, Stonegate, Briarcliff, "
               "Sunset, Riverside, Mill Creek, Dogwood, Quail Hollow, Copper Canyon, Bluebonnet")
US_SUFFIX = C("St, Ave, Rd, Dr, Ln, Blvd, Ct, Way, Pl, Terrace, Circle, Street, Avenue, Drive, Road, Lane")
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"),
             ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"),
             ("Brooklyn", "NY", "112"), ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"),
             ("Minneapolis", "MN", "554"), ("Omaha", "NE", "681"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
             ("Charlotte", "NC", "282"), ("Jacksonville", "FL", "322"), ("Richmond", "VA", "232"),
             ("Pittsburgh", "PA", "152"), ("Louisville", "KY", "402"), ("Ann Arbor", "MI", "481"),
             ("Spokane", "WA", "992"), ("Albuquerque", "NM", "871"), ("Worcester", "MA", "016"),
             ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"), ("Des Moines", "IA", "503"), ("Houston", "TX", "770"),
             ("Chicago", "IL", "606"), ("Nashville", "TN", "372")]


def addr_us(rng, block):
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 24999)]))
    street = "%s %s %s" % (num, rng.choice(US_STREETS), rng.choice(US_SUFFIX))
    if rng.random() < 0.15:
        street = "%s %s %s %s" % (num, rng.choice(["N", "S", "E", "W"]), rng.choice(US_STREETS), rng.choice(US_SUFFIX))
    unit = ""
    u = rng.random()
    if u < 0.2:
        unit = "Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD"))
    elif u < 0.3:
        unit = "#%d" % rng.randint(101, 1208)
    elif u < 0.36:
        unit = "Ste %d" % rng.randint(100, 450)
    elif u < 0.4:
        unit = "Unit %d" % rng.randint(1, 40)
    city, st, z = rng.choice(US_CITIES)
    zipc = z + digits(rng, 2)
    if rng.random() < 0.08:
        zipc += "-" + digits(rng, 4)
    if block:
        l1 = street + ((" " + unit) if unit else "")
        return "%s\n%s, %s %s" % (l1, city, st, zipc)
    return "%s%s, %s, %s %s" % (street, (", " + unit) if unit else "", city, st, zipc)


UK_STREETS = C("Ashgrove Road, Kingsley Avenue, Mill Lane, Station Road, Church Street, Victoria Road, Albert Terrace, "
               "Beechwood Close, Hollybank Crescent, Orchard Way, The Paddock, Marlborough Gardens, Priory Walk, "
               "Westfield Drive, Cavendish Place, Hawthorn Grove, Chapel Street, Queen's Road, Elmfield Avenue, "
               "Moorland View, Brook Street, Kirkgate, Argyle Street, Wellington Street, Grange Park Avenue")
# (town, area, lowest district, highest district, locality, the locality's district)
UK_TOWNS = [("Leeds", "LS", 1, 29, "Headingley", 6), ("Manchester", "M", 1, 40, "Didsbury", 20),
            ("Bristol", "BS", 1, 16, "Redland", 6), ("Glasgow", "G", 1, 78, "Partick", 11), ("Cardiff", "CF", 10, 24, "Roath", 24),
            ("Edinburgh", "EH", 1, 17, "Leith", 6), ("Birmingham", "B", 1, 99, "Moseley", 13), ("Sheffield", "S", 1, 36, "Crookes", 10),
            ("Norwich", "NR", 1, 14, "Eaton", 4), ("Nottingham", "NG", 1, 17, "Sherwood", 5), ("York", "YO", 1, 32, "Clifton", 30),
            ("Brighton", "BN", 1, 3, "Hove", 3), ("Cambridge", "CB", 1, 5, "Chesterton", 4), ("Leicester", "LE", 1, 9, "Clarendon Park", 2),
            ("Belfast", "BT", 1, 17, "Ballyhackamore", 4), ("Newcastle upon Tyne", "NE", 1, 15, "Jesmond", 2),
            ("Swansea", "SA", 1, 8, "Uplands", 2)]
LONDON = [("SE", 15, "Peckham"), ("SW", 12, "Balham"), ("E", 17, "Walthamstow"), ("N", 16, "Stoke Newington"),
          ("NW", 6, "Kilburn"), ("W", 5, "Ealing"), ("SE", 22, "East Dulwich"), ("N", 4, "Finsbury Park")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
HOUSE_NAMES = C("Rose Cottage, The Old Forge, Holly House, Fernleigh, Brambles, The Granary, Orchard End")


def addr_uk(rng, block):
    inward = "%d%s%s" % (rng.randint(1, 9), rng.choice(INWARD), rng.choice(INWARD))
    with_local = rng.random() < 0.3
    if rng.random() < 0.22:
        area, dist, local = rng.choice(LONDON)
        town, pc = "London", "%s%d %s" % (area, dist, inward)
        with_local = with_local and rng.random() < 0.5
    else:
        town, area, lo, hi, local, ldist = rng.choice(UK_TOWNS)
        pc = "%s%d %s" % (area, ldist if with_local else rng.randint(lo, hi), inward)
    street = "%d %s" % (rng.randint(1, 180), rng.choice(UK_STREETS))
    first = []
    u = rng.random()
    if u < 0.18:
        first = ["Flat %s" % rng.choice([str(rng.randint(1, 24)), "%d%s" % (rng.randint(1, 6), rng.choice("ABC"))])]
    elif u < 0.24 and town == "Glasgow":
        first = ["Flat %d/%d" % (rng.randint(0, 3), rng.randint(1, 2))]
    elif u < 0.3:
        first = [rng.choice(HOUSE_NAMES)]
        street = rng.choice(UK_STREETS)
    parts = first + [street] + ([local] if with_local else [])
    if block:
        return "\n".join(parts + [town, pc]) if rng.random() < 0.5 else "\n".join(parts + ["%s %s" % (town, pc)])
    return ", ".join(parts + ["%s %s" % (town, pc)])


CA_CITIES = [("Toronto", "ON", "M", "456"), ("Vancouver", "BC", "V", "56"), ("Ottawa", "ON", "K", "12"),
             ("Montréal", "QC", "H", "1234"), ("Calgary", "AB", "T", "23"), ("Edmonton", "AB", "T", "56"),
             ("Halifax", "NS", "B", "3"), ("Winnipeg", "MB", "R", "23"), ("Regina", "SK", "S", "4"),
             ("Victoria", "BC", "V", "89"), ("Hamilton", "ON", "L", "89"), ("Québec", "QC", "G", "12")]
CA_STREETS = {"Toronto": C("Bloor St W, Queen St E, King St W, Dundas St W, Lakeshore Blvd W, Danforth Ave"),
              "Vancouver": C("Howe St, Granville St, Commercial Dr, W 4th Ave, Main St"),
              "Ottawa": C("Bank St, Elgin St, Somerset St W, Maple Crescent"),
              "Montréal": C("Sherbrooke St W, Park Ave"),
              "Calgary": C("17 Ave SW, Kensington Rd NW, Macleod Trail SE"),
              "Edmonton": C("Jasper Ave, Whyte Ave, 109 St NW"),
              "Halifax": C("Spring Garden Rd, Quinpool Rd, Robie St"),
              "Winnipeg": C("Portage Ave, Corydon Ave, Osborne St"),
              "Regina": C("Albert St, Cornwall St, 13th Ave"),
              "Victoria": C("Fort St, Cook St, Oak Bay Ave"),
              "Hamilton": C("James St N, Locke St S, King St E"),
              "Québec": C("Grande Allée E")}
CA_RUES = {"Montréal": C("rue Saint-Denis, rue Sherbrooke Est, avenue du Mont-Royal, boulevard René-Lévesque, rue Beaubien"),
           "Québec": C("rue Cartier, chemin Sainte-Foy, rue Saint-Jean, avenue Maguire")}
CA_L = "ABCEGHJKLMNPRSTVXY"


def ca_postal(rng, first, seconds):
    return "%s%s%s %s%s%s" % (first, rng.choice(seconds), rng.choice(CA_L), rng.randint(0, 9), rng.choice(CA_L),
                              rng.randint(0, 9))


def addr_ca(rng, block):
    city, prov, fl, sec = rng.choice(CA_CITIES)
    pc = ca_postal(rng, fl, sec)
    if prov == "QC" and rng.random() < 0.7:
        s = "%d, %s" % (rng.randint(100, 9999), rng.choice(CA_RUES[city]))
        if rng.random() < 0.4:
            s += ", app. %d" % rng.randint(1, 30)
        if block:
            return "%s\n%s (Québec)  %s" % (s, city, pc) if rng.random() < 0.5 else "%s\n%s QC  %s" % (s, city, pc)
        return "%s, %s (Québec) %s" % (s, city, pc)
    num = rng.randint(2, 4999)
    street = rng.choice(CA_STREETS[city])
    u = rng.random()
    if u < 0.3:
        s = "%d-%d %s" % (rng.randint(101, 2908), num, street)
    elif u < 0.45:
        s = "Unit %d, %d %s" % (rng.randint(1, 40), num, street)
    else:
        s = "%d %s" % (num, street)
    if block:
        return "%s\n%s %s  %s" % (s, city, prov, pc)
    return "%s, %s, %s %s" % (s, city, prov, pc)


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"),
              ("Parramatta", "NSW", "2150"), ("Chatswood", "NSW", "2067"), ("Toowong", "QLD", "4066"),
              ("Fortitude Valley", "QLD", "4006"), ("Subiaco", "WA", "6008"), ("Fremantle", "WA", "6160"),
              ("Glenelg", "SA", "5045"), ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"),
              ("Braddon", "ACT", "2612"), ("Nightcliff", "NT", "0810"), ("Geelong West", "VIC", "3218"),
              ("Wollongong", "NSW", "2500"), ("Townsville", "QLD", "4810"), ("Marrickville", "NSW", "2204")]
AU_STREETS = C("Smith St, Beach Rd, Wattle Grove, Banksia Ave, Brunswick St, Oxford St, Station St, Kookaburra Ct, "
               "Jacaranda Dr, Hay St, King William St, Macquarie St, Elizabeth St, Bourke St, Sturt St, Ocean Pde, "
               "Gum Tree Cl, Parade")


def addr_au(rng, block):
    sub, st, pc = rng.choice(AU_SUBURBS)
    num = rng.randint(1, 320)
    u = rng.random()
    if u < 0.3:
        s = "%d/%d %s" % (rng.randint(1, 24), num, rng.choice(AU_STREETS))
    elif u < 0.4:
        s = "Unit %d, %d %s" % (rng.randint(1, 18), num, rng.choice(AU_STREETS))
    elif u < 0.45:
        s = "Apt %d, %d %s" % (rng.randint(101, 1805), num, rng.choice(AU_STREETS))
    else:
        s = "%d %s" % (num, rng.choice(AU_STREETS))
    if block:
        return "%s\n%s %s %s" % (s, sub.upper() if rng.random() < 0.6 else sub, st, pc)
    return "%s, %s %s %s" % (s, sub, st, pc)


IN_CITIES = [("Bengaluru", "560", ["Indiranagar", "Jayanagar 4th Block", "Koramangala 5th Block", "HSR Layout", "Malleshwaram"], "Karnataka"),
             ("Mumbai", "400", ["Andheri West", "Dadar East", "Powai", "Bandra West", "Borivali"], "Maharashtra"),
             ("Pune", "411", ["Baner", "Kothrud", "Viman Nagar", "Aundh"], "Maharashtra"),
             ("Hyderabad", "500", ["Jubilee Hills", "Banjara Hills", "Madhapur", "Kukatpally"], "Telangana"),
             ("Chennai", "600", ["Adyar", "T. Nagar", "Anna Nagar", "Velachery"], "Tamil Nadu"),
             ("Kolkata", "700", ["Salt Lake", "Ballygunge", "Behala"], "West Bengal"),
             ("New Delhi", "110", ["Lajpat Nagar", "Karol Bagh", "Vasant Kunj", "Dwarka Sector 10"], "Delhi"),
             ("Noida", "201", ["Sector 62", "Sector 50"], "Uttar Pradesh"),
             ("Gurugram", "122", ["DLF Phase 3", "Sector 56", "Sohna Road"], "Haryana"),
             ("Ahmedabad", "380", ["Navrangpura", "Satellite", "Bodakdev"], "Gujarat"),
             ("Jaipur", "302", ["Malviya Nagar", "Vaishali Nagar"], "Rajasthan"),
             ("Kochi", "682", ["Kakkanad", "Edappally", "Panampilly Nagar"], "Kerala"),
             ("Lucknow", "226", ["Gomti Nagar", "Aliganj"], "Uttar Pradesh"),
             ("Chandigarh", "160", ["Sector 22", "Sector 35"], "Chandigarh")]
IN_SOC = C("Shanti Kunj, Lakeview Residency, Green Meadows, Sai Krupa, Ganga Heights, Prestige Park, Silver Oak, "
           "Krishna Enclave, Sunflower CHS, Mahaveer Apartments")
IN_ROADS = C("MG Road, 14th Cross Road, 3rd Main Road, Link Road, Station Road, Ring Road, Temple Street, "
             "100 Feet Road, Church Road, Anna Salai, Nehru Road, Patel Marg")


def addr_in(rng, block):
    city, pin, locs, state = rng.choice(IN_CITIES)
    pc = pin + digits(rng, 3)
    loc = rng.choice(locs)
    u = rng.random()
    if u < 0.35:
        parts = ["Flat %s" % rng.choice([str(rng.randint(101, 1804)), "%s-%d" % (rng.choice("ABCD"), rng.randint(101, 904))]),
                 "%s %s" % (rng.choice(IN_SOC), rng.choice(["Apartments", "Society", "Towers", "Residency"])) if rng.random() < 0.5 else rng.choice(IN_SOC),
                 rng.choice(IN_ROADS), loc]
    elif u < 0.55:
        parts = ["H.No. %d-%d-%d" % (rng.randint(1, 12), rng.randint(1, 9), rng.randint(10, 899)),
                 "Road No. %d" % rng.randint(1, 45), loc]
    elif u < 0.75:
        parts = ["%s-%d" % (rng.choice("ABCDEFGH"), rng.randint(1, 499)), rng.choice(["1st Floor", "2nd Floor", "Ground Floor"]), loc]
    else:
        parts = ["%d/%d" % (rng.randint(1, 120), rng.randint(1, 9)), rng.choice(IN_ROADS), loc]
    if block:
        tail = ["%s - %s" % (city, pc)] if rng.random() < 0.5 else ["%s, %s %s" % (city, state, pc)]
        return "%s,\n%s,\n%s" % (", ".join(parts[:2]), ", ".join(parts[2:]), tail[0]) if len(parts) > 2 else "\n".join(parts + tail)
    if rng.random() < 0.4:
        return ", ".join(parts + ["%s, %s %s" % (city, state, pc)])
    return ", ".join(parts + ["%s %s" % (city, pc)])


DE_CITIES = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
             ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
             ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167)]
DE_STREETS = C("Hauptstraße, Bahnhofstraße, Lindenallee, Gartenweg, Schillerstraße, Goethestraße, Am Sonnenhang, "
               "Birkenweg, Kirchgasse, Mozartstraße, Rosenstraße, Bergstraße, Waldstraße, Schulstraße, Ahornweg, "
               "Uhlandstraße, Kastanienallee, Am Mühlbach, Theodor-Heuss-Ring, Ringstraße")


def addr_de(rng, block):
    city, lo, hi = rng.choice(DE_CITIES)
    plz = "%05d" % rng.randint(lo, hi)
    num = str(rng.randint(1, 140)) + (rng.choice("abc") if rng.random() < 0.15 else "")
    s = "%s %s" % (rng.choice(DE_STREETS), num)
    if block:
        extra = (rng.choice(["Hinterhaus", "2. OG links", "Aufgang B"]) + "\n") if rng.random() < 0.2 else ""
        return "%s\n%s%s %s" % (s, extra, plz, city)
    return "%s, %s %s" % (s, plz, city)


FR_CITIES = [("Paris", 75001, 75020), ("Lyon", 69001, 69009), ("Marseille", 13001, 13016), ("Toulouse", 31000, 31500),
             ("Nantes", 44000, 44300), ("Bordeaux", 33000, 33800), ("Lille", 59000, 59800), ("Strasbourg", 67000, 67200),
             ("Montpellier", 34000, 34090), ("Rennes", 35000, 35700), ("Nice", 6000, 6300), ("Grenoble", 38000, 38100)]
FR_STREETS = C("rue des Lilas, rue Victor-Hugo, avenue Jean-Jaurès, boulevard Voltaire, rue de la Paix, rue du Château, "
               "impasse des Tilleuls, allée des Peupliers, place de la Mairie, rue Pasteur, chemin des Vignes, "
               "quai de la Loire, rue Saint-Michel, rue Gambetta, avenue Foch, rue des Écoles, rue de la Gare")


def addr_fr(rng, block):
    city, lo, hi = rng.choice(FR_CITIES)
    if city in ("Paris", "Lyon", "Marseille"):
        cp = "%05d" % rng.randint(lo, hi)
    else:
        cp = "%05d" % (lo + rng.choice([0, 0, 100, 200]) if lo + 200 <= hi else lo)
    num = str(rng.randint(1, 160)) + (rng.choice([" bis", " ter"]) if rng.random() < 0.12 else "")
    s = "%s %s" % (num, rng.choice(FR_STREETS))
    pre = ""
    if rng.random() < 0.2:
        pre = rng.choice(["Bât. %s, " % rng.choice("ABCD"), "Appt %d, " % rng.randint(1, 60), "Résidence Les Chênes, "])
    if block:
        return "%s%s\n%s %s" % (pre.rstrip(", ") + "\n" if pre else "", s, cp, city.upper() if rng.random() < 0.4 else city)
    return "%s%s, %s %s" % (pre, s, cp, city)


ES_CITIES = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
             ("Zaragoza", 50001, 50021), ("Málaga", 29001, 29018), ("Bilbao", 48001, 48015), ("Granada", 18001, 18015),
             ("Salamanca", 37001, 37008), ("A Coruña", 15001, 15011), ("Palma", 7001, 7015), ("Murcia", 30001, 30012)]
ES_STREETS = C("Calle Mayor, C/ de Sant Pere, Avenida de la Constitución, Plaza del Pilar, Calle del Olivo, "
               "Paseo de la Castellana, Calle Real, Calle de la Luna, Avenida de América, Calle San Vicente, "
               "Carrer de Mallorca, Calle Ancha, Ronda de Segovia, Calle Pintor Sorolla")


def addr_es(rng, block):
    city, lo, hi = rng.choice(ES_CITIES)
    cp = "%05d" % rng.randint(lo, hi)
    s = "%s %d" % (rng.choice(ES_STREETS), rng.randint(1, 180))
    if rng.random() < 0.2:
        s = s.replace(" %s" % s.split()[-1], ", %s" % s.split()[-1])
    piso = rng.choice(["%dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), "%dº %s" % (rng.randint(1, 6), rng.choice(["izda.", "dcha."])),
                       "bajo %s" % rng.choice("AB"), "%dº %dª" % (rng.randint(1, 7), rng.randint(1, 4)), ""])
    if block:
        return "%s%s\n%s %s" % (s, (", " + piso) if piso else "", cp, city)
    return "%s%s, %s %s" % (s, (", " + piso) if piso else "", cp, city)


IT_CITIES = [("Roma", 118, 199, "RM"), ("Milano", 20121, 20162, "MI"), ("Napoli", 80121, 80147, "NA"),
             ("Torino", 10121, 10156, "TO"), ("Bologna", 40121, 40141, "BO"), ("Firenze", 50121, 50145, "FI"),
             ("Palermo", 90121, 90151, "PA"), ("Genova", 16121, 16167, "GE"), ("Bari", 70121, 70132, "BA"),
             ("Verona", 37121, 37142, "VR"), ("Padova", 35121, 35143, "PD"), ("Trieste", 34121, 34151, "TS")]
IT_STREETS = C("Via Roma, Via Garibaldi, Via Mazzini, Via Dante Alighieri, Corso Italia, Via dei Mille, Via del Corso, "
               "Viale Europa, Via San Francesco, Via Nazionale, Via Verdi, Via delle Rose, Piazza della Repubblica, "
               "Corso Vittorio Emanuele II, Via dei Tigli, Viale della Libertà")


def addr_it(rng, block):
    city, lo, hi, sig = rng.choice(IT_CITIES)
    cap = "%05d" % rng.randint(lo, hi)
    s = "%s %d" % (rng.choice(IT_STREETS), rng.randint(1, 220))
    if rng.random() < 0.15:
        s = s.replace(" %s" % s.split()[-1], ", %s" % s.split()[-1])
    extra = rng.choice([", int. %d" % rng.randint(1, 30), ", scala %s" % rng.choice("ABC"), "", ""])
    tail = rng.choice(["%s %s %s" % (cap, city, sig), "%s %s (%s)" % (cap, city, sig), "%s %s" % (cap, city)])
    if block:
        return "%s%s\n%s" % (s, extra, tail)
    return "%s%s, %s" % (s, extra, tail)


BR_CITIES = [("São Paulo", "SP", 1000, 5999, ["Pinheiros", "Moema", "Vila Mariana", "Consolação", "Tatuapé"]),
             ("Rio de Janeiro", "RJ", 20000, 23799, ["Copacabana", "Tijuca", "Botafogo", "Méier"]),
             ("Belo Horizonte", "MG", 30000, 31999, ["Savassi", "Pampulha", "Funcionários"]),
             ("Curitiba", "PR", 80000, 82999, ["Batel", "Água Verde", "Centro"]),
             ("Porto Alegre", "RS", 90000, 91999, ["Moinhos de Vento", "Menino Deus"]),
             ("Salvador", "BA", 40000, 42499, ["Barra", "Pituba", "Rio Vermelho"]),
             ("Recife", "PE", 50000, 52999, ["Boa Viagem", "Casa Forte"]),
             ("Fortaleza", "CE", 60000, 61599, ["Aldeota", "Meireles"]),
             ("Florianópolis", "SC", 88000, 88099, ["Trindade", "Lagoa da Conceição"])]
BR_STREETS = C("Rua Augusta, Rua das Palmeiras, Av. Brasil, Rua das Flores, Rua Oscar Freire, Av. Sete de Setembro, "
               "Rua da Consolação, Rua Bela Cintra, Av. Beira Mar, Rua Padre Chagas, Travessa São José, Rua do Sol")


def addr_br(rng, block):
    city, uf, lo, hi, bairros = rng.choice(BR_CITIES)
    cep = "%05d-%03d" % (rng.randint(lo, hi), rng.randint(0, 999))
    s = "%s, %d" % (rng.choice(BR_STREETS), rng.randint(10, 3999))
    comp = rng.choice([", apto %d" % rng.randint(11, 1804), ", casa %d" % rng.randint(1, 6),
                       ", bloco %s, apto %d" % (rng.choice("ABC"), rng.randint(11, 904)), ""])
    b = rng.choice(bairros)
    if block:
        return "%s%s\n%s\n%s - %s\n%s" % (s, comp, b, city, uf, cep) if rng.random() < 0.5 else "%s%s - %s\n%s/%s\nCEP %s" % (s, comp, b, city, uf, cep)
    return "%s%s - %s, %s - %s, %s" % (s, comp, b, city, uf, cep)


NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Den Haag", 2491, 2597),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Leiden", 2311, 2334), ("Haarlem", 2011, 2037),
             ("Nijmegen", 6511, 6546), ("Maastricht", 6211, 6229)]
NL_STREETS = C("Kerkstraat, Oudegracht, Molenweg, Prinsengracht, Dorpsstraat, Julianalaan, Lindelaan, Stationsweg, "
               "Nieuwe Binnenweg, Vondelstraat, Zeestraat, Breestraat, Herengracht, Beatrixstraat")


def addr_nl(rng, block):
    city, lo, hi = rng.choice(NL_CITIES)
    while True:
        letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    pc = "%d %s" % (rng.randint(lo, hi), letters)
    num = str(rng.randint(1, 320)) + rng.choice(["", "", "", "-II", "-III", " hs", "A", " bis"])
    s = "%s %s" % (rng.choice(NL_STREETS), num)
    if block:
        return "%s\n%s  %s" % (s, pc, city.upper()) if rng.random() < 0.4 else "%s\n%s %s" % (s, pc, city)
    return "%s, %s %s" % (s, pc, city)


PL_CITIES = [("Warszawa", 0, 4), ("Kraków", 30, 31), ("Łódź", 90, 94), ("Wrocław", 50, 54), ("Poznań", 60, 61),
             ("Gdańsk", 80, 80), ("Szczecin", 70, 71), ("Lublin", 20, 20), ("Katowice", 40, 40)]
PL_STREETS = C("ul. Długa, ul. Kwiatowa, al. Niepodległości, ul. Polna, ul. Lipowa, ul. Ogrodowa, ul. Słoneczna, "
               "ul. Mickiewicza, ul. Piękna, os. Piastów, ul. Leśna, ul. Krótka, ul. Szkolna")


def addr_pl(rng, block):
    city, lo, hi = rng.choice(PL_CITIES)
    kod = "%02d-%03d" % (rng.randint(lo, hi), rng.randint(1, 999))
    num = rng.randint(1, 230)
    flat = rng.choice(["/%d" % rng.randint(1, 120), " m. %d" % rng.randint(1, 90), " lok. %d" % rng.randint(1, 40), ""])
    s = "%s %d%s" % (rng.choice(PL_STREETS), num, flat)
    if block:
        return "%s\n%s %s" % (s, kod, city)
    return "%s, %s %s" % (s, kod, city)


TR_PLACES = [("Kadıköy", "İstanbul", "347", ["Moda Mah.", "Caferağa Mah.", "Fenerbahçe Mah."]),
             ("Beşiktaş", "İstanbul", "343", ["Levent Mah.", "Abbasağa Mah."]),
             ("Üsküdar", "İstanbul", "346", ["Kuzguncuk Mah.", "Acıbadem Mah."]),
             ("Çankaya", "Ankara", "06", ["Kızılay Mah.", "Bahçelievler Mah.", "Ayrancı Mah."]),
             ("Konak", "İzmir", "35", ["Alsancak Mah.", "Göztepe Mah."]),
             ("Nilüfer", "Bursa", "16", ["Beşevler Mah.", "Görükle Mah."]),
             ("Muratpaşa", "Antalya", "07", ["Lara Mah.", "Meltem Mah."])]
TR_STREETS = C("Şair Nefi Sok., Bağdat Cad., Atatürk Cad., Gül Sok., Lale Sok., Cumhuriyet Cad., İnönü Blv., "
               "Kavak Sok., Papatya Sok., Gazi Mustafa Kemal Blv., Menekşe Sok.")


def addr_tr(rng, block):
    ilce, il, pre, mahs = rng.choice(TR_PLACES)
    pk = (pre + digits(rng, 5 - len(pre)))
    mah = rng.choice(mahs)
    no = rng.choice(["No: %d D: %d" % (rng.randint(1, 180), rng.randint(1, 24)), "No: %d/%d" % (rng.randint(1, 180), rng.randint(1, 24)),
                     "No:%d Daire:%d" % (rng.randint(1, 180), rng.randint(1, 24))])
    s = "%s %s %s" % (mah, rng.choice(TR_STREETS), no)
    if block:
        return "%s\n%s %s/%s" % (s, pk, ilce, il)
    return "%s, %s %s/%s" % (s, pk, ilce, il) if rng.random() < 0.7 else "%s %s/%s" % (s, ilce, il.upper())


ID_PLACES = [("Jakarta Selatan", "12", ["Kebayoran Baru", "Tebet", "Mampang Prapatan", "Cilandak"]),
             ("Jakarta Barat", "11", ["Grogol Petamburan", "Kembangan"]),
             ("Bandung", "40", ["Coblong", "Sukajadi", "Lengkong"]),
             ("Surabaya", "60", ["Gubeng", "Wonokromo", "Tegalsari"]),
             ("Yogyakarta", "55", ["Gondokusuman", "Mergangsan"]),
             ("Medan", "20", ["Medan Baru", "Medan Petisah"]),
             ("Denpasar", "80", ["Denpasar Selatan", "Denpasar Barat"]),
             ("Semarang", "50", ["Candisari", "Banyumanik"])]
ID_STREETS = C("Jl. Kemang Raya, Jl. Dago, Jl. Melati, Jl. Merdeka, Jl. Anggrek, Jl. Pemuda, Jl. Kaliurang, "
               "Jl. Diponegoro, Jl. Cempaka Putih, Jl. Teuku Umar, Jl. Mawar")


def addr_id(rng, block):
    city, pre, kecs = rng.choice(ID_PLACES)
    kp = pre + digits(rng, 3)
    kec = rng.choice(kecs)
    u = rng.random()
    if u < 0.3:
        s = "Perumahan Griya %s Blok %s%d No. %d" % (rng.choice(["Asri", "Indah", "Permai"]), rng.choice("ABCDE"), rng.randint(1, 12), rng.randint(1, 40))
    else:
        s = "%s No. %d" % (rng.choice(ID_STREETS), rng.randint(1, 150))
        if rng.random() < 0.5:
            s += ", RT %02d/RW %02d" % (rng.randint(1, 12), rng.randint(1, 9))
    if block:
        return "%s\nKec. %s, %s %s" % (s, kec, city, kp)
    return "%s, %s, %s %s" % (s, kec, city, kp)


SE_CITIES = [("Stockholm", 111, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 754),
             ("Linköping", 581, 583), ("Örebro", 702, 703), ("Västerås", 721, 724), ("Umeå", 903, 907), ("Lund", 222, 227)]
SE_STREETS = C("Storgatan, Sveavägen, Drottninggatan, Kungsgatan, Björkvägen, Hantverkargatan, Södra Vägen, "
               "Linnégatan, Skolgatan, Ringvägen, Järnvägsgatan, Kyrkogatan")


def addr_se(rng, block):
    city, lo, hi = rng.choice(SE_CITIES)
    pn = "%d %02d" % (rng.randint(lo, hi), rng.randint(10, 99))
    s = "%s %d%s" % (rng.choice(SE_STREETS), rng.randint(1, 90), rng.choice(["", "", " A", " B"]))
    if rng.random() < 0.3:
        s += ", lgh %d" % rng.randint(1001, 1604)
    if block:
        return "%s\n%s %s" % (s, pn, city.upper() if rng.random() < 0.5 else city)
    return "%s, %s %s" % (s, pn, city)


PT_CITIES = [("Lisboa", 1000, 1990), ("Porto", 4000, 4369), ("Coimbra", 3000, 3049), ("Braga", 4700, 4719),
             ("Faro", 8000, 8009), ("Aveiro", 3800, 3819), ("Setúbal", 2900, 2914), ("Funchal", 9000, 9064)]
PT_STREETS = C("Rua de Santa Catarina, Av. da República, Travessa do Carmo, Rua Augusta, Rua do Almada, "
               "Av. dos Aliados, Rua da Sofia, Largo do Rato, Rua das Flores, Rua Direita")


def addr_pt(rng, block):
    city, lo, hi = rng.choice(PT_CITIES)
    cp = "%d-%03d" % (rng.randint(lo, hi), rng.randint(0, 999))
    s = "%s %d" % (rng.choice(PT_STREETS), rng.randint(1, 400))
    andar = rng.choice([", %d.º Esq." % rng.randint(1, 8), ", %d.º Dto." % rng.randint(1, 8), ", r/c", ", %d.º" % rng.randint(1, 5), ""])
    if block:
        return "%s%s\n%s %s" % (s, andar, cp, city)
    return "%s%s, %s %s" % (s, andar, cp, city)


ADDR = {"us": addr_us, "uk": addr_uk, "ca": addr_ca, "au": addr_au, "in": addr_in, "de": addr_de, "fr": addr_fr,
        "es": addr_es, "it": addr_it, "br": addr_br, "nl": addr_nl, "pl": addr_pl, "tr": addr_tr, "id": addr_id,
        "se": addr_se, "pt": addr_pt}


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": C("January, February, March, April, May, June, July, August, September, October, November, December"),
    "es": C("enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre"),
    "de": C("Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember"),
    "fr": C("janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre"),
    "it": C("gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre"),
    "pt": C("janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro"),
    "nl": C("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december"),
    "pl": C("stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia"),
    "tr": C("Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık"),
    "id": C("Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember"),
    "sv": C("januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december"),
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(rng, y0, y1, m1=12):
    y = rng.randint(y0, y1)
    m = rng.randint(1, m1 if y == y1 else 12)
    d = rng.randint(1, MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0))
    return y, m, d


def fmt_num_date(rng, loc, y, m, d):
    if loc == "us" or loc == "ph":
        f = rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y)])
    elif loc == "ca":
        f = rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y)])
    elif loc in ("de", "pl", "tr"):
        f = rng.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)])
    elif loc == "nl":
        f = rng.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    elif loc == "se":
        f = "%d-%02d-%02d" % (y, m, d)
    elif loc == "in":
        f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])
    else:
        f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)])
    if loc not in ("se",) and rng.random() < 0.07:
        f = "%d-%02d-%02d" % (y, m, d)
    return f


def ordinal(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_long_date(rng, lang, loc, y, m, d):
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        if loc in ("us", "ph", "ca") and rng.random() < 0.8:
            return rng.choice(["%s %d, %d" % (mn, d, y), "%s %d %d" % (mn[:3], d, y) if mn != "May" else "%s %d, %d" % (mn, d, y)])
        return rng.choice(["%d %s %d" % (d, mn, y), "%s %s %d" % (ordinal(d), mn, y), "%d %s %d" % (d, mn[:3], y)])
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lang == "de":
        return "%d. %s %d" % (d, mn, y)
    if lang == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    return "%d %s %d" % (d, mn, y)


# ---------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------

PROVIDERS = {
    "us": W("gmail.com yahoo.com outlook.com icloud.com aol.com hotmail.com proton.me"),
    "uk": W("gmail.com hotmail.co.uk btinternet.com sky.com outlook.com yahoo.co.uk virginmedia.com"),
    "ca": W("gmail.com rogers.com shaw.ca videotron.ca sympatico.ca outlook.com"),
    "au": W("gmail.com bigpond.com optusnet.com.au outlook.com.au icloud.com"),
    "in": W("gmail.com rediffmail.com yahoo.co.in outlook.com"),
    "ng": W("gmail.com yahoo.com outlook.com"),
    "ke": W("gmail.com yahoo.com"),
    "ph": W("gmail.com yahoo.com.ph"),
    "sg": W("gmail.com singnet.com.sg hotmail.com"),
    "nz": W("xtra.co.nz gmail.com"),
    "ie": W("eircom.net gmail.com"),
    "de": W("gmx.de web.de t-online.de posteo.de gmail.com"),
    "fr": W("orange.fr free.fr laposte.net sfr.fr gmail.com"),
    "es": W("gmail.com hotmail.es telefonica.net yahoo.es"),
    "it": W("libero.it virgilio.it tiscali.it gmail.com"),
    "pt": W("sapo.pt gmail.com netcabo.pt"),
    "br": W("uol.com.br bol.com.br terra.com.br gmail.com"),
    "nl": W("ziggo.nl kpnmail.nl planet.nl gmail.com"),
    "pl": W("wp.pl onet.pl o2.pl interia.pl gmail.com"),
    "tr": W("gmail.com hotmail.com yandex.com"),
    "id": W("gmail.com yahoo.co.id"),
    "se": W("telia.com gmail.com bredband.net outlook.com"),
}
WORK_DOMAINS = W("kestrelpay.io tallgrass-analytics.com bluefenlogistics.com orchardvale.edu northgateclinic.org "
                 "corvidlabs.dev marrowstone.co quillandpine.com brightmoor.org ferncastle-legal.com tidewaterhealth.org "
                 "pebblestack.dev greyheron-studio.com swiftcrane-hr.com")
WORK_DOMAINS_L = {"uk": W("harbourline-freight.co.uk wyecross-surveyors.co.uk"), "au": W("saltmarshdesign.com.au ironbarkmining.com.au"),
                  "ca": W("lumenrail.ca"), "in": W("vayuworks.in"), "ng": W("ogbomosho-agro.com.ng"), "ke": W("savannahpay.co.ke"),
                  "ie": W("liffeyline.ie"), "nz": W("kereru-studio.co.nz"), "sg": W("merlionfreight.com.sg"), "ph": W("bayanihan-bpo.ph"),
                  "de": W("stahlwerk-nord.de kanzlei-brenner.de"), "fr": W("atelier-brume.fr cabinet-vernet.fr"),
                  "es": W("grupo-almena.es"), "it": W("studio-carrara.it"), "pt": W("vinhas-douro.pt"),
                  "br": W("cerrado-tech.com.br"), "nl": W("polderdata.nl"), "pl": W("wisla-logistyka.pl"),
                  "tr": W("anadolu-yazilim.com.tr"), "id": W("nusantara-digital.co.id"), "se": W("fjallsoft.se")}


def email_for(rng, p, loc):
    g = re.sub(r"[^a-z]", "", fold(p.given).lower())
    s = re.sub(r"[^a-z]", "", fold(p.last).lower()) if not p.mono else ""
    if " " in p.last and rng.random() < 0.6:
        s = re.sub(r"[^a-z]", "", fold(p.last.split(" ")[0]).lower())
    work = rng.random() < 0.4
    if work:
        dom = rng.choice(WORK_DOMAINS_L.get(loc, []) + WORK_DOMAINS)
        pats = ["{g}.{s}", "{g0}{s}", "{g}", "{g}{s0}", "{s}.{g}"] if s else ["{g}"]
    else:
        dom = rng.choice(PROVIDERS[loc])
        pats = ["{g}.{s}", "{g}{s}", "{g}_{s}{n}", "{g0}{s}{n}", "{s}.{g}", "{g}.{s}{n}", "{g}{n}"] if s else ["{g}{n}", "{g}.{n}"]
    local = rng.choice(pats).format(g=g, s=s, g0=g[:1], s0=s[:1], n=rng.choice([str(rng.randint(1, 99)), str(rng.randint(1970, 2005))]))
    return "%s@%s" % (local, dom)


# ---------------------------------------------------------------------------------------------
# Cards, IBAN, SSN, IP
# ---------------------------------------------------------------------------------------------

def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
              "4000056655665556", "5105105105105100", "4012888888881881", "371449635398431", "5200828282828210"}


def card(rng):
    k = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc"])
    if k == "visa":
        n = luhn_complete(rng, "4" + digits(rng, 5, "0123456789"), 16)
    elif k == "mc":
        n = luhn_complete(rng, "5" + rng.choice("12345"), 16)
    elif k == "mc2":
        n = luhn_complete(rng, str(rng.randint(2221, 2720)), 16)
    elif k == "amex":
        n = luhn_complete(rng, rng.choice(["34", "37"]), 15)
    else:
        n = luhn_complete(rng, "6011", 16)
    assert n not in TEST_CARDS and luhn_ok(n)
    if len(n) == 15:
        return rng.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), n, " ".join(g)])


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def nl_account(rng):
    while True:
        a = digits(rng, 10, "123456789")
        if sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0:
            return a


def pl_bank(rng):
    b = digits(rng, 7, "12")
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
    return b + str(c)


def iban(rng, country):
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "DE":
        bban = digits(rng, 8, "1234567") + digits(rng, 10)
    elif country == "FR":
        bank, branch, acct = digits(rng, 5, "1234"), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif country == "ES":
        bank, branch, acct = digits(rng, 4, "0123"), digits(rng, 4), digits(rng, 10)
        bban = bank + branch + "%d%d" % (es_dc("00" + bank + branch), es_dc(acct)) + acct
    elif country == "IT":
        rest = digits(rng, 5, "0123") + digits(rng, 5, "0123456789") + digits(rng, 12)
        bban = it_cin(rest) + rest
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]) + nl_account(rng)
    elif country == "PT":
        b = digits(rng, 4, "0") + digits(rng, 4) + digits(rng, 11)
        bban = b + "%02d" % (98 - (int(b) * 100) % 97)
    elif country == "PL":
        bban = pl_bank(rng) + digits(rng, 16)
    elif country == "TR":
        bban = digits(rng, 5, "0") + "0" + digits(rng, 16)
    elif country == "SE":
        bban = digits(rng, 3, "1234589") + digits(rng, 17)
    else:
        raise KeyError(country)
    s = country + iban_check(country, bban) + bban
    assert iban_valid(s)
    if s == "GB82WEST12345698765432":
        return iban(rng, country)
    if rng.random() < 0.75:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


IBAN_COUNTRY = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT",
                "pl": "PL", "tr": "TR", "se": "SE"}


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if s not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            break
    return s if rng.random() < 0.85 else s.replace("-", " ")


def ssn_ok(s):
    a, g, n = re.split(r"[- ]", s)
    return a != "000" and a != "666" and not a.startswith("9") and g != "00" and n != "0000"


def public_ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
            continue
        if (a == 100 and 64 <= b <= 127) or (a == 198 and b in (18, 19)) or (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
            continue
        if a == 192 and b == 0 and c == 0:
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def public_ipv6(rng):
    pre = rng.choice(["2a02:c7f", "2600:1700", "2a01:4b00", "2001:818", "2a0a:ef40", "2607:fb90", "2401:4900", "2c0f:f4c0",
                      "2a00:23c5", "2804:14c"])
    groups = ["%x" % rng.randint(1, 0xffff) for _ in range(6)]
    if rng.random() < 0.5:
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[-1]
    return pre + ":" + ":".join(groups)


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
AN = UP + LO + DI


def rs(rng, n, alpha=AN):
    return "".join(rng.choice(alpha) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng):
    h = b64url(json.dumps({"alg": rng.choice(["HS256", "HS512"]), "typ": "JWT"}, separators=(",", ":")).encode())
    now = 1740000000 + rng.randint(0, 9000000)
    payload = {"sub": "usr_" + rs(rng, 10, LO + DI), "iat": now, "exp": now + rng.choice([900, 3600, 86400]),
               "scope": rng.choice(["read:orders", "admin", "billing:write", "openid profile"]),
               "iss": rng.choice(["https://auth.corvidlabs.dev", "api.kestrelpay.io", "sso.internal"])}
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randint(0, 255) for _ in range(32)))
    return "%s.%s.%s" % (h, p, sig)


PW_SPECIAL = "!*-_=^~+"


def strong_pw(rng):
    n = rng.randint(12, 20)
    while True:
        s = rs(rng, 1, UP + LO) + rs(rng, n - 2, AN + PW_SPECIAL * 2) + rs(rng, 1, AN)
        if any(c in PW_SPECIAL for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


PW_WORDS = {
    "en": W("Blue Heron Maple Copper Falcon Harbor Velvet Orbit Tiger Lemon Quartz Saffron Pepper Mango Cobalt"),
    "es": W("Luna Gato Playa Sol Verde Tortuga Limon Cielo"),
    "de": W("Kaffee Tasse Sonne Wolke Fuchs Birne Berg Anker"),
    "fr": W("Soleil Chaton Pomme Nuage Etoile Lapin"),
    "it": W("Gatto Sole Mare Limone Stella Vento"),
    "pt": W("Praia Gato Sol Lua Caju Verde"),
    "nl": W("Fiets Tulp Molen Kaas Zee Wolk"),
    "pl": W("Kot Slonce Zamek Wisla Las Jablko"),
    "tr": W("Deniz Kedi Gunes Lale Ay Bulut"),
    "id": W("Kopi Bunga Laut Matahari Kucing Nasi"),
    "sv": W("Katt Sol Skog Hav Lingon Stjarna"),
}


def human_pw(rng, lang="en"):
    w = PW_WORDS.get(lang, PW_WORDS["en"])
    f = rng.choice(["{a}{b}{n}{s}", "{a}-{b}-{n}", "{a}{n}{s}", "{al}{n}{s}{b}", "{a}.{b}{n}", "{a}_{b}_{n}"])
    s = f.format(a=rng.choice(w), b=rng.choice(w), al=rng.choice(w).lower(), n=rng.randint(10, 9999), s=rng.choice("!*#?$"))
    if s[-1] in "#?$":
        s = s[:-1] + "!"
    return s.replace("#", "*").replace("?", "!").replace("$", "*")


def secret_value(rng, tok, lang):
    t = tok
    if t == "AWSID":
        return "AWS_ACCESS_KEY", rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, 16, UP + "234567")
    if t == "AWSSEC":
        return "AWS_SECRET_KEY", rs(rng, 40, AN + "/+")[:39] + rs(rng, 1, AN)
    if t == "GHP":
        return "GITHUB_TOKEN", "ghp_" + rs(rng, 36)
    if t == "GHO":
        return "GITHUB_TOKEN", rng.choice(["gho_", "ghs_", "ghu_"]) + rs(rng, 36)
    if t == "GHPAT":
        return "GITHUB_TOKEN", "github_pat_" + rs(rng, 22, UP + DI) + "_" + rs(rng, 59)
    if t == "GLPAT":
        return "GENERIC_API_KEY", "glpat-" + rs(rng, 20, AN + "-_")[:19] + rs(rng, 1, AN)
    if t == "XOXB":
        return "SLACK_TOKEN", "xoxb-%s-%s-%s" % (digits(rng, 12, "123456789"), digits(rng, 13, "123456789"), rs(rng, 24))
    if t == "XOXP":
        return "SLACK_TOKEN", "xoxp-%s-%s-%s-%s" % (digits(rng, 12, "123456789"), digits(rng, 12, "123456789"),
                                                  digits(rng, 13, "123456789"), rs(rng, 32, "0123456789abcdef"))
    if t == "XAPP":
        return "SLACK_TOKEN", "xapp-1-A%s-%s-%s" % (rs(rng, 10, UP + DI), digits(rng, 13, "123456789"), rs(rng, 64, "0123456789abcdef"))
    if t == "SLACKHOOK":
        return "SLACK_TOKEN", "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, 8, UP + DI), rs(rng, 10, UP + DI), rs(rng, 24))
    if t == "STRIPE":
        return "STRIPE_KEY", "sk_live_" + rs(rng, rng.choice([24, 99]))
    if t == "STRIPE_RK":
        return "STRIPE_KEY", "rk_live_" + rs(rng, rng.choice([24, 99]))
    if t == "WHSEC":
        return "STRIPE_KEY", "whsec_" + rs(rng, 32)
    if t == "OPENAI":
        if rng.random() < 0.7:
            return "OPENAI_API_KEY", "sk-proj-" + rs(rng, 156, AN + "-_")[:155] + rs(rng, 1, AN)
        return "OPENAI_API_KEY", "sk-" + rs(rng, 20) + "T3BlbkFJ" + rs(rng, 20)
    if t == "ANTH":
        return "ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(rng, 93, AN + "-_") + "AA"
    if t == "GOOG":
        return "GENERIC_API_KEY", "AIza" + rs(rng, 35, AN + "-_")[:34] + rs(rng, 1, AN)
    if t == "TWTOK":
        return "GENERIC_API_KEY", rs(rng, 32, "0123456789abcdef")
    if t == "SG":
        return "GENERIC_API_KEY", "SG." + rs(rng, 22, AN + "-_") + "." + rs(rng, 42, AN + "-_") + rs(rng, 1, AN)
    if t == "HEX32":
        return "GENERIC_API_KEY", rs(rng, 32, "0123456789abcdef")
    if t == "HEX40":
        return "GENERIC_API_KEY", rs(rng, 40, "0123456789abcdef")
    if t == "B62":
        return "GENERIC_API_KEY", rs(rng, 40)
    if t == "B64":
        return "GENERIC_API_KEY", rs(rng, 43, AN + "+/") + "="
    if t == "PW":
        return "PASSWORD", strong_pw(rng)
    if t == "PWW":
        return "PASSWORD", human_pw(rng, lang)
    if t == "JWT":
        return "JWT", jwt(rng)
    return None


SECRET_TOKENS = W("AWSID AWSSEC GHP GHO GHPAT GLPAT XOXB XOXP XAPP SLACKHOOK STRIPE STRIPE_RK WHSEC OPENAI ANTH GOOG "
                  "TWTOK SG HEX32 HEX40 B62 B64 PW PWW JWT")


# ---------------------------------------------------------------------------------------------
# Decoy value generators: ⟨$name⟩ in a frame writes a decoy of the given kind
# ---------------------------------------------------------------------------------------------

CURRENCY = {"us": ("$", "en"), "ca": ("$", "en"), "uk": ("£", "en"), "ie": ("€", "en"), "au": ("$", "en"),
            "nz": ("NZ$", "en"), "in": ("₹", "in"), "ng": ("₦", "en"), "ke": ("KSh ", "en"), "ph": ("₱", "en"),
            "sg": ("S$", "en"), "de": ("€", "eu"), "fr": ("€", "eu"), "es": ("€", "eu"), "it": ("€", "eu_pre"),
            "pt": ("€", "eu"), "br": ("R$ ", "br"), "nl": ("€", "eu_pre"), "pl": ("zł", "eu"), "tr": ("TL", "eu"),
            "id": ("Rp ", "id"), "se": ("kr", "se")}


def amount(rng, loc):
    sym, style = CURRENCY[loc]
    mult = {"in": 50, "ng": 500, "ke": 100, "ph": 40, "tr": 20}.get(loc, 1)
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 4999)]) * mult
    cents = rng.choice([0, 0, rng.randint(1, 99)])
    if loc == "id":
        return "Rp %s" % "{:,}".format(v * 1000).replace(",", ".")
    if style == "en":
        s = "{:,}".format(v) + (".%02d" % cents if cents else "")
        return sym + s
    if style == "in":
        return rng.choice(["₹", "Rs. "]) + "{:,}".format(v)
    if style in ("eu", "eu_pre", "br", "se"):
        s = "{:,}".format(v).replace(",", "." if style != "se" else " ") + ("," + "%02d" % cents if cents or style == "br" else "")
        if style == "br":
            return "R$ " + s
        if style == "se":
            return s + " kr"
        if style == "eu_pre":
            return "€ " + s
        return s + " " + sym
    return sym + str(v)


def salary(rng, loc):
    sym, style = CURRENCY[loc]
    base = {"in": 900000, "ng": 6000000, "ke": 1500000, "ph": 500000, "id": 120000000, "tr": 700000, "br": 90000,
            "pl": 120000, "se": 480000}.get(loc, 45000)
    v = int(base * rng.uniform(0.6, 2.2) / 500) * 500
    if style == "en":
        return sym + "{:,}".format(v)
    if style == "in":
        return "₹" + "{:,}".format(v)
    if style == "id":
        return "Rp " + "{:,}".format(v).replace(",", ".")
    if style == "br":
        return "R$ " + "{:,}".format(v).replace(",", ".")
    if style == "se":
        return "{:,}".format(v).replace(",", " ") + " kr"
    if style == "eu_pre":
        return "€ " + "{:,}".format(v).replace(",", ".")
    return "{:,}".format(v).replace(",", ".") + " " + sym


def clock(rng, loc, lang):
    h, m = rng.randint(6, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en" and loc in ("us", "ca", "ph", "au", "nz", "in") and rng.random() < 0.8:
        return "%d:%02d%s" % ((h - 1) % 12 + 1, m, rng.choice(["pm", " PM", "pm", " p.m."]) if h >= 12 else rng.choice(["am", " AM"]))
    if lang == "en" and loc in ("uk", "ie") and rng.random() < 0.5:
        return "%d.%02d%s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    if lang == "fr":
        return "%dh%02d" % (h, m) if m else "%dh" % h
    if lang == "de" and rng.random() < 0.5:
        return "%d.%02d Uhr" % (h, m) if m else "%d Uhr" % h
    return "%02d:%02d" % (h, m)


def event_date(rng, loc, lang):
    y, m, d = rand_date(rng, 2025, 2026)
    if rng.random() < 0.5:
        return fmt_num_date(rng, loc, y, m, d)
    return fmt_long_date(rng, lang, loc, y, m, d)


PLACEHOLDER_LOCALS = W("jane.doe john.doe user test alice bob admin someone name")
ORG_BOXES = W("support billing returns careers info hello accounts press bookings noreply helpdesk")


def dg(name, rng, loc, lang):
    h = "0123456789abcdef"
    if name == "order":
        return "order_id", rng.choice(["ORD-%s" % digits(rng, 7), "#%s" % digits(rng, 8, "123456789"), "%s-%s" % (rs(rng, 3, UP), digits(rng, 6)),
                                       "112-%s-%s" % (digits(rng, 7), digits(rng, 7))])
    if name == "ticket":
        return "ticket_id", rng.choice(["INC%s" % digits(rng, 7, "0"), "TCK-%s" % digits(rng, 5), "#%s" % digits(rng, 5, "123456789"),
                                        "%s-%d" % (rng.choice(["OPS", "SUP", "HELP", "CS"]), rng.randint(100, 9999))])
    if name == "inv":
        return "invoice_no", rng.choice(["INV-%d-%s" % (rng.choice([2025, 2026]), digits(rng, 5)), "F%s" % digits(rng, 7), "%s/%d" % (digits(rng, 4), 2025)])
    if name == "track":
        return "tracking_no", rng.choice(["1Z%s" % rs(rng, 16, UP + DI), "%s%sGB" % (rs(rng, 2, UP), digits(rng, 9)), digits(rng, 10, "123456789"),
                                          "JJD%s" % digits(rng, 15)])
    if name == "ver":
        return "version", rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                                      "%d.%d.%d-rc.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1, 4)),
                                      "%d.%d" % (rng.randint(1, 30), rng.randint(0, 9))])
    if name == "time":
        return "time", clock(rng, loc, lang)
    if name == "amt":
        return "amount", amount(rng, loc)
    if name == "salary":
        return "salary", salary(rng, loc)
    if name == "date":
        return "event_date", event_date(rng, loc, lang)
    if name == "flight":
        return "flight_no", "%s %d" % (rng.choice(W("BA QF EK LH AF KL TK SQ AC UA DL 6E PR GA SK IB AZ TP")), rng.randint(2, 2999))
    if name == "model":
        return "product", rng.choice(["SM-S%d%dB" % (rng.randint(91, 94), rng.randint(1, 8)), "WH-1000XM%d" % rng.randint(3, 6),
                                      "A%d" % rng.randint(2100, 3300), "XPS 13 %d" % rng.choice([9315, 9340, 9345]),
                                      "WAN28%d%dGB" % (rng.randint(1, 2), rng.randint(10, 99)), "KD-%dX%d" % (rng.choice([55, 65, 75]), rng.randint(75, 95))])
    if name == "case":
        return "case_no", "CS-%s" % digits(rng, 7, "0")
    if name == "booking":
        return "booking_ref", rs(rng, 6, UP + "23456789")
    if name == "otp":
        return "otp", digits(rng, 6)
    if name == "sha":
        return "git_sha", rs(rng, rng.choice([7, 7, 40]), h)
    if name == "uuid":
        u = rs(rng, 32, h)
        return "uuid", "%s-%s-4%s-%s%s-%s" % (u[:8], u[8:12], u[13:16], rng.choice("89ab"), u[17:20], u[20:32])
    if name == "pip":
        return "private_ip", rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                         "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                                         "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    if name == "docip":
        return "doc_ip", rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if name == "exmail":
        return "example_email", "%s@%s" % (rng.choice(PLACEHOLDER_LOCALS), rng.choice(["example.com", "example.org", "example.net"]))
    if name == "tollfree":
        return "org_phone", tollfree(rng, loc)
    if name == "orgmail":
        return "org_email", "%s@%s" % (rng.choice(ORG_BOXES), rng.choice(WORK_DOMAINS))
    if name == "ext":
        return "ext", digits(rng, 4, "123456789")
    if name == "build":
        return "build_no", rng.choice(["#%d" % rng.randint(1000, 9999), "%d.%d" % (rng.randint(20250101, 20251231), rng.randint(1, 9))])
    if name == "last4":
        return "card_last4", digits(rng, 4)
    if name == "exp":
        return "card_expiry", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))
    if name == "port":
        return "port", str(rng.randint(1025, 65000))
    if name == "badge":
        return "badge_no", "%s-%s" % (rng.choice("BVC"), digits(rng, 4))
    if name == "twsid":
        return "account_sid", "AC" + rs(rng, 32, h)
    if name == "pk":
        return "publishable_key", "pk_live_" + rs(rng, 24)
    if name == "testphone":
        return "test_phone", test_phone(rng, loc)
    if name == "timestamp":
        y, m, d = rand_date(rng, 2025, 2025)
        return "timestamp", "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    if name == "testcard":
        return "test_card", rng.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556"])
    if name == "age":
        return "age", str(rng.randint(19, 84))
    if name == "emp":
        return "employee_id", "E%s" % digits(rng, 6)
    if name == "cust":
        return "customer_id", "CUST-%s" % digits(rng, 6)
    if name == "room":
        return "room", "%s%d" % (rng.choice(["", "B", "Room "]), rng.randint(1, 420))
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# Documents and rendering
# ---------------------------------------------------------------------------------------------

BAD_EDGE = set(" \n\t\"'.,;:")


class Doc:
    def __init__(self):
        self.text, self.blen, self.spans, self.decoys = "", 0, [], []

    def put(self, val, typ=None, kind=None):
        cs, bs = len(self.text), self.blen
        self.text += val
        self.blen += len(val.encode("utf-8"))
        rec = {"start": bs, "end": self.blen, "char_start": cs, "char_end": len(self.text)}
        if typ:
            rec.update(type=typ, value=val)
            self.spans.append(rec)
        elif kind:
            rec.update(kind=kind, value=val)
            self.decoys.append(rec)

    def finish(self, category):
        tb = self.text.encode("utf-8")
        allr = sorted([(s["start"], s["end"]) for s in self.spans + self.decoys])
        for a, b in zip(allr, allr[1:]):
            assert a[1] <= b[0], ("overlap", self.text)
        for s in self.spans + self.decoys:
            v = s["value"]
            assert v and tb[s["start"]:s["end"]].decode("utf-8") == v, (s, self.text)
            assert self.text[s["char_start"]:s["char_end"]] == v, (s, self.text)
            assert v[0] not in BAD_EDGE and v[-1] not in BAD_EDGE, ("edge", v)
            if "type" in s:
                assert s["type"] in PII_TYPES + SECRET_TYPES
        assert len(self.text) <= 460, (len(self.text), self.text)
        has_secret = any(s["type"] in SECRET_TYPES for s in self.spans)
        has_pii = any(s["type"] in PII_TYPES for s in self.spans)
        sens = "secret" if has_secret else ("personal" if has_pii else "public")
        assert sens == category, (category, sens, self.text)
        return sens, has_pii, has_secret


PERSON_TOKENS = W("N F L f n l U LU LF NK FK EMAIL")
TOKEN_RE = re.compile(r"(⟨[^⟩]+⟩)")


class Ctx:
    def __init__(self, rng, loc, lang):
        self.rng, self.loc, self.lang = rng, loc, lang
        self.people, self.children, self.cache, self.used = {}, {}, {}, []

    def person(self, i):
        if i not in self.people:
            self.people[i] = make_person(self.rng, self.loc, self.used)
        return self.people[i]

    def child(self, i):
        if i not in self.children:
            p = self.person(i)
            self.children[i] = make_person(self.rng, self.loc, self.used, group=p.group, surname=p.surname)
            self.children[i].sfirst = p.sfirst
        return self.children[i]


def lower_name(rng, s):
    s = s.lower()
    if s != fold(s) and rng.random() < 0.5:
        s = fold(s)
    return s


def resolve(ctx, tok):
    """-> (value, span_type, decoy_kind)"""
    rng, loc, lang = ctx.rng, ctx.loc, ctx.lang
    if tok.startswith("d:"):
        _, kind, val = tok.split(":", 2)
        if val.startswith("$"):
            val = dg(val[1:], rng, loc, lang)[1]
        elif val.startswith("@"):
            val = rng.choice(POOLS[val[1:]])
        return val, None, kind
    if tok.startswith("$"):
        kind, val = dg(tok[1:], rng, loc, lang)
        return val, None, kind
    if tok.startswith("s:"):
        _, typ, val = tok.split(":", 2)
        return val, typ, None
    if tok in ctx.cache:
        return ctx.cache[tok]
    base = tok.split("#")[0]
    if base in SECRET_TOKENS:
        typ, val = secret_value(rng, base, lang)
        out = (val, typ, None)
        ctx.cache[tok] = out
        return out
    m = re.match(r"^([A-Za-z]+?)(\d?)$", tok)
    assert m, tok
    b, idx = m.group(1), int(m.group(2) or 1)
    if b in PERSON_TOKENS:
        if b in ("NK", "FK"):
            c = ctx.child(idx)
            val = c.full if b == "NK" else c.given
        else:
            p = ctx.person(idx)
            val = {"N": lambda: p.full, "F": lambda: p.given, "L": lambda: p.last, "f": lambda: lower_name(rng, p.given),
                   "n": lambda: lower_name(rng, p.full), "l": lambda: lower_name(rng, p.last), "U": lambda: p.full.upper(), "LU": lambda: p.last.upper(),
                   "LF": lambda: ("%s, %s" % (p.last, p.given)) if not p.mono else p.given,
                   "EMAIL": lambda: email_for(rng, p, loc)}[b]()
        out = (val, "EMAIL_ADDRESS" if b == "EMAIL" else "PERSON", None)
    elif b in ("PH", "PHM", "PHI", "PHN", "PHX"):
        kind = {"PH": "any", "PHM": "mobile", "PHI": "intl", "PHN": "nat", "PHX": "ext"}[b]
        out = (phone(rng, loc, kind), "PHONE_NUMBER", None)
    elif b in ("AD", "ADB"):
        out = (ADDR[loc](rng, b == "ADB"), "STREET_ADDRESS", None)
    elif b.startswith("DOB"):
        kind = b[3:]
        if kind.startswith("K"):
            y, mo, d = rand_date(rng, 2013, 2022)
        elif kind.startswith("B"):
            y, mo, d = rand_date(rng, 2024, 2025, m1=5)
        else:
            y, mo, d = rand_date(rng, 1940, 2006)
        long_ = kind.endswith("L")
        val = fmt_long_date(rng, lang, loc, y, mo, d) if long_ else fmt_num_date(rng, loc, y, mo, d)
        out = (val, "DATE_OF_BIRTH", None)
    elif b == "CARD":
        out = (card(rng), "CREDIT_CARD", None)
    elif b == "SSN":
        assert loc == "us"
        out = (ssn(rng), "US_SSN", None)
    elif b == "IBAN":
        out = (iban(rng, IBAN_COUNTRY[loc]), "IBAN_CODE", None)
    elif b == "IP":
        out = (public_ipv4(rng), "IP_ADDRESS", None)
    elif b == "IPV":
        out = (public_ipv6(rng), "IP_ADDRESS", None)
    else:
        raise KeyError(tok)
    ctx.cache[tok] = out
    return out


def render(text, rng, loc, lang, category):
    ctx = Ctx(rng, loc, lang)
    doc = Doc()
    for piece in TOKEN_RE.split(text):
        if not piece:
            continue
        if piece.startswith("⟨") and piece.endswith("⟩"):
            val, typ, kind = resolve(ctx, piece[1:-1])
            doc.put(val, typ=typ, kind=kind)
        else:
            assert "⟨" not in piece and "⟩" not in piece, piece
            doc.put(piece)
    return doc, doc.finish(category)


# ---------------------------------------------------------------------------------------------
# Frames.  One per line:  kind | locales | text     ("\n" = line break, " ## " separates variants)
# Tokens: ⟨N⟩ full name, ⟨F⟩ given, ⟨L⟩ surname, ⟨f⟩/⟨n⟩ lower case, ⟨U⟩ upper case, ⟨LU⟩ upper surname,
# ⟨LF⟩ "Surname, Given", ⟨NK⟩/⟨FK⟩ a child sharing the surname, a digit picks the person (⟨N2⟩);
# ⟨EMAIL⟩, ⟨PH⟩ ⟨PHM⟩ ⟨PHI⟩ ⟨PHN⟩ ⟨PHX⟩ phones, ⟨AD⟩/⟨ADB⟩ address line/block, ⟨DOB⟩ ⟨DOBL⟩ ⟨DOBK⟩ ⟨DOBKL⟩
# ⟨DOBB⟩ ⟨DOBBL⟩ dates of birth (adult/child/baby, numeric/long), ⟨CARD⟩ ⟨SSN⟩ ⟨IBAN⟩ ⟨IP⟩ ⟨IPV⟩;
# secrets by name (⟨PW⟩, ⟨GHP⟩ ...; ⟨PW#2⟩ is a second value); ⟨$gen⟩ a generated decoy;
# ⟨d:kind:text⟩ a literal decoy.
# ---------------------------------------------------------------------------------------------

PERSONAL_EN = r"""
chat | EN | ⟨N⟩ wants the refund by Friday, can you chase it?
chat | EN | i think ⟨f⟩ already sent it lol
chat | EN | ⟨N⟩'s flight lands at ⟨$time⟩ so we should leave by 5
chat | EN | ask ⟨f⟩ and ⟨f2⟩ if they're coming sat
chat | EN | just saw ⟨N⟩ at the pharmacy, looked exhausted
chat | EN | ⟨F⟩ said the keys are under the mat
chat | EN | omg ⟨f⟩ got the job!!
chat | EN | can u grab ⟨f⟩ from practice? running late
chat | EN | tell ⟨F⟩ I owe them ⟨$amt⟩ for the tickets
chat | EN | me and ⟨f⟩ are at the back table
chat | EN | did ⟨N⟩ ever reply to you?
chat | EN | ⟨F⟩ and ⟨F2⟩ are splitting the bill with us
chat | EN | sending this to ⟨N⟩ now
chat | EN | no idea, ask ⟨f⟩, they sorted it last time
chat | EN | ⟨N⟩ (⟨PHM⟩) is the one with the van
sms | EN | pls add ⟨N⟩ to the group, number is ⟨PHM⟩
sms | EN | new number, save it: ⟨PHM⟩ - ⟨f⟩
sms | EN | running 10 min late, tell ⟨f⟩ to start without me
sms | EN | happy birthday ⟨f⟩!!! 🎉 have the best day
chat | EN | who invited ⟨N⟩ 😂
chat | ADR | is ⟨f⟩ still at ⟨AD⟩ or did they move?
chat | ADR | we're staying with ⟨F⟩ this weekend, address is ⟨AD⟩
chat | EN | met ⟨N⟩ from accounts today, really sharp
chat | EN | ⟨f⟩ ⟨f2⟩ and me carpooling tmrw
chat | EN | huge thanks to ⟨N⟩ for covering my shift
chat | EN | heads up, ⟨N⟩ is on leave until the 14th
sms | EN | gonna call ⟨f⟩ after dinner
chat | EN | lmk if ⟨F⟩ needs a ride from the airport
chat | EN | ⟨N⟩ and ⟨N2⟩ both confirmed for brunch
chat | EN | bro ⟨f⟩ still owes me from the trip
sms | EN | ⟨f⟩ ur mum called, ring her back
chat | EN | ok so ⟨f⟩ is bringing drinks, ⟨f2⟩ is doing dessert and ⟨f3⟩ the salad
chat | EN | @⟨f⟩ can you review before lunch?
chat | EN | ⟨f⟩ replied "sure" and then vanished for three days
chat | EN | whose jacket is this? ⟨F⟩'s or ⟨F2⟩'s
sms | EN | at the station. ⟨F⟩ has the tickets
chat | EN | [10:42] ⟨F⟩: where are you\n[10:43] ⟨F2⟩: parking\n[10:43] ⟨F⟩: ok hurry
chat | EN | ⟨F⟩: did the courier come?\n⟨F2⟩: yes, signed by ⟨N3⟩
chat | EN | ⟨F⟩ is allergic to peanuts so keep the satay away from ⟨F⟩ pls
chat | EN | the vet says ⟨F⟩'s cat needs another jab
email | EN | Hi ⟨F⟩, attaching the signed lease. ⟨N2⟩ will countersign on Monday.
email | EN | Please copy ⟨N⟩ on anything about the Riverside account.
email | EN | I spoke with ⟨N⟩ this morning and they are happy to proceed.
email | EN | Forwarding to ⟨N⟩, who owns the vendor contract.
email | EN | ⟨N⟩ will be your point of contact while I'm away. You can reach them at ⟨EMAIL⟩ or ⟨PHX⟩.
email_signature | EN | Kind regards,\n⟨N⟩\nSenior Buyer\n⟨PHX⟩
email_signature | EN | Thanks,\n⟨F⟩\n--\n⟨N⟩ | ⟨EMAIL⟩ | m: ⟨PHM⟩
email | EN | Could you send the draft to ⟨EMAIL⟩ before noon? ⟨F⟩ needs it for the board pack.
email | EN | Dear ⟨N⟩, your appointment has been moved to ⟨$date⟩ at ⟨$time⟩.
email | EN | Unfortunately ⟨N⟩ has left the company; please contact ⟨N2⟩ instead.
email | EN | Please welcome ⟨N⟩ to the design team! ⟨F⟩ joins us from our ⟨d:city:Lisbon⟩ office.
email | EN | I'm out until Tuesday. For anything urgent call ⟨N⟩ on ⟨PH⟩.
email | EN | Per ⟨N⟩'s note, invoice ⟨$inv⟩ was paid twice.
email | EN | Congratulations to ⟨N⟩, ⟨N2⟩ and ⟨N3⟩ on passing the audit.
email | EN | We've added ⟨EMAIL⟩ to the distribution list at ⟨F⟩'s request.
email | EN | Adding ⟨N⟩ here since they ran the numbers last quarter.
email | EN | From: ⟨N⟩ <⟨EMAIL⟩>\nTo: ⟨N2⟩ <⟨EMAIL2⟩>\nSubject: Saturday
email | EN | Hi all,\n⟨N⟩ is covering reception tomorrow.\nQuestions to ⟨F2⟩.
email | EN | ⟨N⟩, ⟨N2⟩ — please see the revised figures below.
email | EN | Apologies, I sent the wrong file. ⟨N⟩ has the correct version.
support_ticket | EN | Customer ⟨N⟩ called about a double charge on order ⟨$order⟩.
support_ticket | EN | Caller gave name as ⟨N⟩, callback ⟨PH⟩, wants the delivery rebooked.
cs_transcript | ADR | Agent: Can I take your full name?\nCustomer: It's ⟨N⟩.\nAgent: And the address on the account?\nCustomer: ⟨AD⟩
support_ticket | EN | Ticket ⟨$ticket⟩: ⟨N⟩ reports the router drops every night. Contact: ⟨EMAIL⟩
support_ticket | EN | Escalated by ⟨N⟩. Original reporter ⟨N2⟩ (⟨EMAIL2⟩).
support_ticket | EN | Refund approved for ⟨N⟩, ⟨$amt⟩ back to the card ending ⟨$last4⟩.
support_ticket | ADR | Please ship the replacement to ⟨N⟩, ⟨AD⟩.
delivery_note | EN | The parcel for ⟨N⟩ was left with the neighbour, ⟨N2⟩.
delivery_note | ADR | Returned to sender: ⟨N⟩ not known at ⟨AD⟩.
support_ticket | EN | Hi, this is ⟨N⟩, my account is locked after the password reset. The email on file is ⟨EMAIL⟩.
support_ticket | EN | user writes: "I'm ⟨N⟩ and I never ordered this"
support_ticket | EN | Assigned to ⟨F⟩. Customer ⟨N2⟩ prefers a call after 6 on ⟨PH⟩.
cs_transcript | EN | Agent: Thanks for holding, ⟨F⟩. I can see the booking under ⟨N⟩ for two nights.
cs_transcript | EN | Customer: my husband ⟨N⟩ is the main account holder\nAgent: Could I speak with ⟨F⟩ directly?
form | EN | Name: ⟨N⟩\nDOB: ⟨DOB⟩\nPhone: ⟨PH⟩
form | EN | Emergency contact: ⟨N⟩ (partner) — ⟨PHM⟩
clinic_note | EN | Patient: ⟨LF⟩\nDate of birth: ⟨DOB⟩\nReferred by Dr ⟨N2⟩
property | ADR | Tenant: ⟨N⟩\nProperty: ⟨AD⟩\nMove-in: ⟨$date⟩
delivery_note | ADR | Ship to:\n⟨N⟩\n⟨ADB⟩
form | ADR | Applicant ⟨N⟩, born ⟨DOBL⟩, currently living at ⟨AD⟩.
school_msg | EN | Parent/guardian: ⟨N⟩\nChild: ⟨NK⟩\nChild's date of birth: ⟨DOBK⟩
form | EN | Visitor log: ⟨N⟩, badge ⟨$badge⟩, host ⟨N2⟩
delivery_note | EN | Leave with ⟨F⟩ at ⟨d:house_no:no. 12⟩ if nobody answers.
form | ADR | Next of kin: ⟨N⟩, ⟨PH⟩, ⟨AD⟩
note | EN | Table for 4 under ⟨N⟩, arriving ⟨$time⟩.
hr_record | EN | Employee: ⟨U⟩\nStaff no: ⟨$emp⟩\nMobile: ⟨PHM⟩\nPersonal email: ⟨EMAIL⟩
clinic_note | EN | ⟨N⟩, aged ⟨$age⟩, seen today for a follow-up. Next review with Dr ⟨L2⟩.
note | EN | Spare key is with ⟨N⟩ at number 9, phone ⟨PH⟩.
voice_transcript | EN | hi it's ⟨f⟩ um just calling to say ⟨f2⟩ can't make it thursday so call me back on ⟨PHM⟩ thanks
voice_transcript | EN | yeah hello this message is for ⟨n⟩ it's the surgery calling about your results please ring us back
voice_transcript | EN | so basically ⟨n⟩ was driving and the other car just came out of nowhere
voice_transcript | EN | note to self remind ⟨f⟩ about the dentist and send ⟨f2⟩ the photos
voice_transcript | ADR | hey it's me again the address is ⟨AD⟩ ok see you there
voice_transcript | EN | um the patient ⟨n⟩ date of birth ⟨DOBL⟩ presenting with a cough for two weeks
voice_transcript | EN | okay so ⟨n⟩ and ⟨n2⟩ will handle the setup and i'll do the sound
voice_transcript | EN | hi this is ⟨f⟩ from the garage your car is ready for pickup any time after three
voice_transcript | EN | yes my name is ⟨n⟩ and my number is ⟨PH⟩
voice_transcript | EN | i was speaking to ⟨n⟩ yesterday and they said the same thing honestly
ai_prompt | EN | Write a polite reminder to ⟨N⟩ about the unpaid invoice ⟨$inv⟩.
ai_prompt | EN | Summarise this email from ⟨N⟩ and draft a reply saying we agree.
ai_prompt | EN | Can you make a seating chart? Guests: ⟨N⟩, ⟨N2⟩, ⟨N3⟩, ⟨N4⟩.
ai_prompt | EN | Translate to Spanish: "⟨N⟩ will pick you up at the station."
ai_prompt | EN | Help me write a reference letter for ⟨N⟩, who worked for me for three years.
ai_prompt | EN | Fix the grammar: me and ⟨f⟩ was going to the shops when ⟨F2⟩ called
ai_prompt | ADR | Draft a text to my landlord ⟨N⟩ saying the boiler at ⟨AD⟩ is broken again.
ai_prompt | EN | I need a cover letter. My name is ⟨N⟩, email ⟨EMAIL⟩, phone ⟨PH⟩.
ai_prompt | EN | Write a short toast for ⟨F⟩ and ⟨F2⟩'s wedding, they met at university.
ai_prompt | EN | Turn these notes into minutes: ⟨F⟩ - budget ok; ⟨F2⟩ - hiring freeze; ⟨F3⟩ - offsite moved
ai_prompt | EN | Rewrite this so it sounds friendlier: "⟨N⟩, your report is late again."
ai_prompt | EN | Write a birthday poem for ⟨F⟩, born ⟨DOBL⟩, who loves gardening.
ai_prompt | EN | Is this lease fair? Landlord: ⟨N⟩. Tenant: ⟨N2⟩. Rent ⟨$amt⟩ a month.
ai_prompt | EN | Extract the people from: "⟨N⟩ met ⟨N2⟩ at the conference and later called ⟨N3⟩."
ai_prompt | EN | My coworker ⟨N⟩ keeps taking credit for my work. How do I bring it up?
ai_prompt | EN | Compose an email to ⟨EMAIL⟩ asking for the signed NDA.
ai_prompt | EN | Make this CV header look professional: ⟨N⟩ / ⟨PH⟩ / ⟨EMAIL⟩
ai_prompt | EN | What should I get ⟨F⟩ for our anniversary? ⟨F⟩ likes hiking and old films.
roster | EN | Rota this week: Mon ⟨F⟩, Tue ⟨F2⟩, Wed ⟨F3⟩, Thu ⟨F⟩, Fri ⟨F4⟩
roster | EN | Team A: ⟨N⟩, ⟨N2⟩, ⟨N3⟩\nTeam B: ⟨N4⟩, ⟨N5⟩, ⟨N6⟩
newsletter | EN | Winners of the raffle: ⟨N⟩, ⟨N2⟩ and ⟨N3⟩.
roster | EN | Attendees: ⟨LF⟩; ⟨LF2⟩; ⟨LF3⟩
roster | EN | - ⟨N⟩ (chair)\n- ⟨N2⟩ (treasurer)\n- ⟨N3⟩ (secretary)
roster | EN | signed up so far: ⟨f⟩, ⟨f2⟩, ⟨f3⟩, ⟨f4⟩
roster | EN | Guest list: ⟨N⟩ +1, ⟨N2⟩, ⟨N3⟩ +2
newsletter | EN | This month's volunteer of the month is ⟨N⟩, with ⟨N2⟩ a close second.
note | EN | We hired ⟨N⟩ last spring.
note | EN | This package is for ⟨N⟩.
note | EN | I was talking to ⟨N⟩ about the move.
note | EN | Give the spare key to ⟨F⟩ before you leave.
social_post | EN | Photos by ⟨N⟩.
note | EN | Thanks again from ⟨F⟩ and the kids.
note | EN | Sit next to ⟨F⟩ at the front.
note | EN | The grant went to ⟨N⟩ in the end.
note | EN | Nobody told ⟨N⟩ the meeting was cancelled.
note | EN | ⟨N⟩ called twice while you were out.
note | EN | According to ⟨N⟩, the boiler was serviced in March.
note | EN | Without ⟨F⟩ we would never have finished the float.
note | EN | I'll ride with ⟨F⟩ and meet you there.
note | EN | Let ⟨N⟩ know the car is ready.
note | EN | Ask for ⟨N⟩ at reception.
newsletter | EN | ⟨N⟩ beat ⟨N2⟩ in the club final, 6-4 6-3.
note | EN | Maybe ⟨F⟩ could host this year?
note | EN | ⟨N⟩ and I go back twenty years.
social_post | EN | So proud of ⟨F⟩ for finishing the marathon today ❤️
note | EN | It was ⟨F⟩ who found the leak, not ⟨F2⟩.
calendar | EN | 1:1 with ⟨N⟩ — moved to ⟨$time⟩
calendar | EN | Dinner at ⟨F⟩ and ⟨F2⟩'s, 7:30
meeting_notes | EN | Action: ⟨F⟩ to send the quote; ⟨F2⟩ to book the venue.
note | EN | Dr ⟨L⟩ is running about 20 minutes behind.
note | EN | Please see Ms ⟨L⟩ in room 4.
school_msg | EN | Coach ⟨L⟩ wants everyone there by 8 for the bus.
note | EN | Prof. ⟨N⟩'s office hours are cancelled this week.
note | EN | ⟨U⟩ — please collect your certificate from the front desk.
school_msg | EN | ⟨FK⟩ was a bit tearful at pickup today, ⟨F⟩, nothing serious.
chat | ADR | Our new place is ⟨AD⟩, come by any time!
form | ADR | Please update my address to ⟨AD⟩.
email | ADR | The invoice should go to ⟨N⟩, ⟨AD⟩.
email_signature | ADR | ⟨N⟩\n⟨ADB⟩\n⟨PH⟩
delivery_note | ADR | Deliver to ⟨AD⟩ — knock twice, ⟨F⟩ works nights.
social_post | ADR | We've moved! From ⟨$date⟩ our post goes to ⟨AD⟩.
note | ADR | Pick-up: ⟨AD⟩\nDrop-off: ⟨AD2⟩
form | ADR | Correspondence address:\n⟨ADB⟩
chat | ADR | party's at ⟨F⟩'s — ⟨AD⟩, bring a chair
form | ADR | Registered keeper: ⟨N⟩ of ⟨AD⟩.
property | ADR | Viewing at ⟨AD⟩ on ⟨$date⟩, the owner ⟨N⟩ will let you in.
sms | EN | Call me on ⟨PHM⟩ if the gate is locked.
sms | EN | My number changed to ⟨PHI⟩.
note | EN | Reach ⟨N⟩ on ⟨PH⟩ or ⟨PH2⟩ after 5.
form | EN | ⟨N⟩\nMob: ⟨PHM⟩\nHome: ⟨PHN⟩
sms | EN | text me at ⟨PHM⟩ when ur outside
social_post | EN | Sofa free to collect. Contact ⟨F⟩ on ⟨PHM⟩ (no time wasters).
note | EN | If there's no answer, try ⟨N⟩'s work line ⟨PHX⟩.
voice_transcript | EN | can you call me back on ⟨PHM⟩ it's about the boiler thanks bye
clinic_note | EN | ⟨N⟩, DOB ⟨DOB⟩, please confirm before the appointment.
note | EN | ⟨N⟩ was born on ⟨DOBL⟩ and moved here as a teenager.
form | EN | Full name: ⟨N⟩\nDate of birth: ⟨DOB⟩
social_post | EN | Welcome to the world, ⟨FK⟩! Born ⟨DOBBL⟩, 3.4 kg. ⟨F⟩ and baby are doing well.
bank_msg | us | To verify: ⟨N⟩, date of birth ⟨DOB⟩, last four of SSN ⟨$last4⟩.
bank_msg | uk ie | Please pay the deposit to ⟨N⟩, IBAN ⟨IBAN⟩.
bank_msg | uk ie | IBAN: ⟨IBAN⟩\nAccount holder: ⟨N⟩
form | EN | card number ⟨CARD⟩ exp ⟨$exp⟩ name on card ⟨U⟩
chat | EN | can you put the balance on ⟨CARD⟩? it's ⟨F⟩'s card, they said it's fine
hr_record | us | Employee ⟨N⟩, SSN ⟨SSN⟩, start date ⟨$date⟩.
chat | us | my social is ⟨SSN⟩ and dob is ⟨DOB⟩
form | us | W-9 for ⟨N⟩: SSN ⟨SSN⟩, address ⟨AD⟩
bank_msg | uk ie | Refund to IBAN ⟨IBAN⟩ please, the account name is ⟨N⟩.
bank_msg | EN | Disputed charge on ⟨CARD⟩ — cardholder ⟨N⟩ says it wasn't them.
log_line | EN | Login for ⟨EMAIL⟩ from ⟨IP⟩ was blocked after 5 attempts.
log_line | EN | sshd[⟨d:pid:$port⟩]: Accepted password for ⟨f⟩ from ⟨IP⟩ port ⟨$port⟩ ssh2
support_ticket | EN | ⟨N⟩ says their home IP is ⟨IP⟩, please allow-list it for the VPN.
log_line | EN | New sign-in to ⟨N⟩'s account from ⟨IPV⟩.
log_line | EN | user=⟨EMAIL⟩ ip=⟨IP⟩ action=password_reset status=ok
chat | EN | my email is ⟨EMAIL⟩ not the old one
email | EN | CC ⟨EMAIL⟩ and ⟨EMAIL2⟩ on the quote, please.
email | EN | ⟨N⟩ <⟨EMAIL⟩>
form | EN | Email: ⟨EMAIL⟩\nAlt. contact: ⟨N2⟩, ⟨PH⟩
form | EN | Cardholder: ⟨N⟩\nCard: ⟨CARD⟩\nExpiry: ⟨$exp⟩
chat | EN | use my card for the hotel, ⟨CARD⟩ exp ⟨$exp⟩, I'll text the CVV separately
voice_transcript | EN | the card number is ⟨CARD⟩ and the name on it is ⟨n⟩
ai_prompt | EN | Is this a real card number or a typo? ⟨CARD⟩
support_ticket | EN | ⟨N⟩ read out the full card number ⟨CARD⟩ on the call; please scrub the recording.
form | us | SSN: ⟨SSN⟩\nName: ⟨N⟩\nDOB: ⟨DOB⟩
chat | us | ⟨F⟩ needs your social for the lease app, it's ⟨SSN⟩ right?
voice_transcript | us | my social security number is ⟨SSN⟩ and my last name is ⟨l⟩
ai_prompt | us | Fill in this tax form for me: name ⟨N⟩, SSN ⟨SSN⟩, address ⟨AD⟩
support_ticket | us | Please delete the SSN ⟨SSN⟩ that ⟨N⟩ typed into the notes field.
log_line | EN | ⟨IP⟩ - ⟨f⟩ [⟨$timestamp⟩] "GET /account/settings HTTP/1.1" 200 5123
support_ticket | EN | ⟨N⟩ can't reach the portal from home; their public IP is ⟨IP⟩.
log_line | EN | Failed password for ⟨f⟩ from ⟨IP⟩ port ⟨$port⟩ ssh2
email | EN | We noticed a sign-in to ⟨EMAIL⟩ from ⟨IP⟩. Was this you, ⟨F⟩?
chat | EN | ok ⟨f⟩ I'll allow-list your address, is it still ⟨IPV⟩?
hr_record | EN | ⟨N⟩ (DOB ⟨DOB⟩) starts in the warehouse on ⟨$date⟩.
school_msg | EN | ⟨NK⟩, date of birth ⟨DOBKL⟩, has been offered a place in Year 3.
chat | EN | lol ⟨f⟩ was born on ⟨DOBL⟩, same day as me
email | uk ie | Could you refund ⟨N⟩ to ⟨IBAN⟩? The original card has expired.
delivery_note | ADR | Deliver to:\n⟨U⟩\n⟨ADB⟩\nTel ⟨PH⟩
"""

PUBLIC_EN = r"""
general_knowledge | EN | ⟨d:public_figure:Ada Lovelace⟩ published her notes on the Analytical Engine in 1843. ## ⟨d:public_figure:Alan Turing⟩ proposed his imitation game in a 1950 paper. ## ⟨d:public_figure:Grace Hopper⟩ worked on the team behind COBOL. ## ⟨d:public_figure:Tim Berners-Lee⟩ wrote the first web browser at CERN.
general_knowledge | EN | ⟨d:public_figure:Serena Williams⟩ won 23 Grand Slam singles titles. ## ⟨d:public_figure:Usain Bolt⟩ still holds the 100 m world record of 9.58 seconds. ## ⟨d:public_figure:Lionel Messi⟩ joined Inter Miami in 2023. ## ⟨d:public_figure:Eliud Kipchoge⟩ won the Olympic marathon in 2016 and 2020.
general_knowledge | EN | In 1969 ⟨d:public_figure:Neil Armstrong⟩ and ⟨d:public_figure:Buzz Aldrin⟩ walked on the Moon. ## ⟨d:public_figure:Marie Curie⟩ won Nobel Prizes in both physics and chemistry. ## ⟨d:public_figure:Nelson Mandela⟩ became president of South Africa in 1994. ## ⟨d:public_figure:Valentina Tereshkova⟩ was the first woman in space.
general_knowledge | EN | ⟨d:public_figure:Wolfgang Amadeus Mozart⟩ was born on ⟨d:public_dob:27 January 1756⟩ in Salzburg. ## ⟨d:public_figure:Frida Kahlo⟩ was born on ⟨d:public_dob:6 July 1907⟩ in Coyoacán. ## ⟨d:public_figure:Albert Einstein⟩ was born on ⟨d:public_dob:14 March 1879⟩ in Ulm. ## ⟨d:public_figure:Rabindranath Tagore⟩ was born on ⟨d:public_dob:7 May 1861⟩ in Calcutta.
general_knowledge | EN | The line "be the change you wish to see" is usually attributed to ⟨d:public_figure:Mahatma Gandhi⟩, though he never wrote it. ## Quote of the day, from ⟨d:public_figure:Maya Angelou⟩: "Nothing will work unless you do." ## ⟨d:public_figure:Confucius⟩ is credited with many sayings he probably never said.
general_knowledge | EN | ⟨d:public_figure:Rafael Nadal⟩ won the French Open fourteen times. ## ⟨d:public_figure:Sachin Tendulkar⟩ scored 100 international centuries. ## ⟨d:public_figure:Simone Biles⟩ has more world championship medals than any other gymnast.
media | EN | Tonight's lecture covers ⟨d:public_figure:Chinua Achebe⟩'s first novel. ## ⟨d:public_figure:Gabriel García Márquez⟩ wrote One Hundred Years of Solitude. ## ⟨d:public_figure:Haruki Murakami⟩'s Norwegian Wood came out in 1987. ## ⟨d:public_figure:Wole Soyinka⟩ received the Nobel Prize in Literature in 1986.
general_knowledge | EN | ⟨d:public_figure:Angela Merkel⟩ served as German chancellor from 2005 to 2021. ## ⟨d:public_figure:Jacinda Ardern⟩ was prime minister of New Zealand from 2017 to 2023. ## ⟨d:public_figure:Lee Kuan Yew⟩ was Singapore's first prime minister. ## ⟨d:public_figure:Narendra Modi⟩ has been prime minister of India since 2014.
general_knowledge | EN | ⟨d:public_figure:Queen Victoria⟩ reigned for 63 years. ## ⟨d:public_figure:Cleopatra⟩ was the last active ruler of the Ptolemaic Kingdom. ## ⟨d:public_figure:Genghis Khan⟩ founded the Mongol Empire in 1206. ## ⟨d:public_figure:Simón Bolívar⟩ led independence campaigns across South America.
media | EN | The ⟨d:public_figure:Vermeer⟩ exhibition in Amsterdam sold out in days. ## ⟨d:public_figure:Yayoi Kusama⟩'s pumpkins are on show at the gallery until spring. ## A new biography of ⟨d:public_figure:Frida Kahlo⟩ comes out in the autumn. ## The ⟨d:public_figure:Hokusai⟩ prints are in room 90 of the museum.
general_knowledge | EN | ⟨d:public_figure:Taylor Swift⟩'s Eras Tour ended in Vancouver in December 2024. ## ⟨d:public_figure:Beyoncé⟩ won album of the year at the 2025 Grammys. ## ⟨d:public_figure:Bob Marley⟩'s album Exodus came out in 1977.
code_review | EN | ⟨d:eponym:Kruskal⟩'s algorithm gives the minimum spanning tree here. ## The ⟨d:eponym:Fourier⟩ transform turns the signal into frequencies. ## A ⟨d:eponym:Kalman⟩ filter smooths the GPS readings. ## We switched to ⟨d:eponym:Huffman⟩ coding in the compressor.
clinic_info | EN | ⟨d:eponym:Parkinson⟩'s disease affects movement and balance. ## Research into ⟨d:eponym:Alzheimer⟩'s disease got more funding this year. ## The ⟨d:eponym:Heimlich⟩ manoeuvre poster is above the sink. ## ⟨d:eponym:Crohn⟩'s disease support group meets on Thursdays.
travel | EN | Flights to ⟨d:city:Florence⟩ are delayed because of fog. ## Heavy snow closed schools in ⟨d:city:Regina⟩ today. ## The ⟨d:city:Austin⟩ marathon has a new route this year. ## The boil-water notice in ⟨d:city:Jackson⟩ has been lifted.
travel | EN | Engineering works close the ⟨d:place:Victoria⟩ line this weekend. ## Trains from ⟨d:city:Charlotte⟩ to Raleigh resume on Monday. ## Ferries between ⟨d:city:Sydney⟩ and Manly run every 30 minutes. ## Tickets to ⟨d:city:Madison⟩ are cheapest mid-week.
weather | EN | Thunderstorms are expected across ⟨d:place:Georgia⟩ and the Carolinas tonight. ## Fog in ⟨d:city:Wellington⟩ grounded the morning flights. ## Record heat in ⟨d:city:Darwin⟩ this week. ## Frost warnings for ⟨d:city:Hobart⟩ overnight.
travel | EN | ⟨d:place:Lake Louise⟩ is about two hours from Calgary by car. ## ⟨d:place:Victoria Falls⟩ is at its fullest around April. ## ⟨d:city:Ho Chi Minh City⟩ opened its first metro line in 2024. ## ⟨d:city:Alice Springs⟩ is almost exactly in the middle of Australia.
travel | EN | Passengers for ⟨d:place:John F. Kennedy International Airport⟩ should allow extra time. ## Check-in at ⟨d:place:Indira Gandhi International Airport⟩ Terminal 3 opens three hours before departure. ## Our shuttle serves ⟨d:place:Ninoy Aquino International Airport⟩ every 30 minutes. ## ⟨d:place:O. R. Tambo International Airport⟩ is the busiest in Africa.
travel | EN | Delays at ⟨d:place:Murtala Muhammed International Airport⟩ after the storm. ## ⟨d:place:Pierre Elliott Trudeau International Airport⟩ is adding a new pier. ## ⟨d:place:Kingsford Smith⟩ is Sydney's main airport. ## ⟨d:place:Liverpool John Lennon Airport⟩ has new routes to Spain.
notice | EN | Road closed: ⟨d:place:George Street⟩ between Market and King. ## The parade follows ⟨d:place:Queen Street⟩ to ⟨d:place:Albert Park⟩. ## Roadworks on ⟨d:place:Washington Avenue⟩ until March. ## Buses are diverted via ⟨d:place:Nelson Mandela Boulevard⟩.
notice | EN | The farmers' market moves to ⟨d:place:Lincoln Road⟩ from June. ## ⟨d:place:Avenue Victor Hugo⟩ is pedestrian-only on Sundays. ## Lane closures on ⟨d:place:Mahatma Gandhi Road⟩ for the metro works. ## ⟨d:place:Martin Place⟩ will be closed for the ceremony.
events | EN | The concert at ⟨d:place:Carnegie Hall⟩ starts at ⟨$time⟩. ## The ⟨d:place:Royal Albert Hall⟩ box office opens at 9. ## Tours of the ⟨d:place:Eiffel Tower⟩ summit resume in spring. ## The ice rink at ⟨d:place:Rockefeller Center⟩ opens at ⟨$time⟩.
traffic | EN | Traffic on the ⟨d:place:George Washington Bridge⟩ is backed up for a mile. ## The ⟨d:place:Verrazzano-Narrows Bridge⟩ has one lane closed. ## The ⟨d:place:Sydney Harbour Bridge⟩ climb is closed for maintenance.
events | EN | Tonight at the ⟨d:place:Kennedy Center⟩: an all-⟨d:public_figure:Gershwin⟩ programme. ## The ⟨d:place:Victoria and Albert Museum⟩ opens a new gallery. ## The ⟨d:place:Van Gogh Museum⟩ sells timed tickets only. ## The ⟨d:place:Guggenheim⟩ in Bilbao is closed on Mondays.
travel | EN | Change at ⟨d:place:Gare Saint-Lazare⟩ for Rouen. ## Platform 9¾ at ⟨d:place:King's Cross⟩ is always busy. ## The ⟨d:place:Elizabeth line⟩ runs every five minutes at peak. ## ⟨d:place:St Pancras⟩ has the longest champagne bar in Europe.
news | EN | Recall notice: some ⟨d:brand:Ford⟩ Transit vans built in 2023. ## ⟨d:brand:Dell⟩ laptops are 20% off this week. ## ⟨d:brand:McDonald's⟩ is testing a new breakfast menu. ## The ⟨d:brand:Ferrari⟩ team changed strategy at lap 40.
news | EN | Our fleet now includes six ⟨d:brand:Tesla⟩ Model Y cars. ## ⟨d:brand:Disney⟩+ prices go up in October. ## ⟨d:brand:Porsche⟩ reported lower deliveries in China. ## ⟨d:brand:Hilton⟩ and ⟨d:brand:Marriott⟩ both changed their loyalty tiers.
ad | EN | The new ⟨d:brand:Chanel⟩ boutique opens on the high street. ## Get a ⟨d:brand:Wendy's⟩ Frosty for a dollar this week. ## ⟨d:brand:Kellogg's⟩ cereals are two for one. ## ⟨d:brand:Cadbury⟩ is bringing back an old favourite.
note | EN | Print the labels on the ⟨d:brand:Hewlett-Packard⟩ printer in room 2. ## ⟨d:brand:Goldman Sachs⟩ cut its growth forecast again. ## ⟨d:brand:Johnnie Walker⟩ Black Label is on offer at ⟨$amt⟩. ## ⟨d:brand:Jack Daniel's⟩ distillery tours are fully booked.
ad | EN | Empty the bin on the ⟨d:brand:Dyson⟩ after every use. ## ⟨d:brand:Louis Vuitton⟩ posted record sales. ## ⟨d:brand:Ben & Jerry's⟩ launched two new vegan flavours. ## ⟨d:brand:Levi's⟩ 501 jeans turned 150.
ad | EN | Spring sale at ⟨d:brand:Harvey Norman⟩ — call ⟨$tollfree⟩. ## ⟨d:brand:Tim Hortons⟩ is giving away free coffee on Friday. ## ⟨d:brand:Marks & Spencer⟩ food halls open late on Thursday. ## ⟨d:brand:Sainsbury's⟩ Nectar prices start today.
news | EN | ⟨d:org:Procter & Gamble⟩ raised prices again. ## ⟨d:org:Rolls-Royce⟩ won a large engine order. ## ⟨d:org:Siemens⟩ won the rail signalling contract. ## ⟨d:org:Boeing⟩ delivered 40 jets last month.
media | EN | Tonight's film is ⟨d:title:Forrest Gump⟩ at 8. ## We're reading ⟨d:title:Jane Eyre⟩ for book club. ## The school play this year is ⟨d:title:Matilda⟩. ## ⟨d:title:Erin Brockovich⟩ is on TV tonight.
media | EN | Karaoke rule: someone always sings ⟨d:title:Sweet Caroline⟩. ## The band closed with ⟨d:title:Hey Jude⟩. ## ⟨d:title:Billie Jean⟩ came out in 1983. ## Play ⟨d:title:Come On Eileen⟩ next!
media | EN | Has anyone watched ⟨d:title:Veronica Mars⟩? ## The ⟨d:title:Frasier⟩ revival got a second season. ## ⟨d:title:Abbott Elementary⟩ won again at the Emmys. ## I'm rewatching ⟨d:title:Columbo⟩ from the start.
media | EN | ⟨d:title:Anne of Green Gables⟩ is set on Prince Edward Island. ## ⟨d:title:Oliver Twist⟩ was first serialised in 1837. ## ⟨d:title:Anna Karenina⟩ runs to over 800 pages. ## ⟨d:title:Eleanor Rigby⟩ has no guitars on it at all.
media | EN | ⟨d:character:Sherlock Holmes⟩ lived at ⟨d:fictional_address:221B Baker Street⟩. ## ⟨d:character:Harry Potter⟩'s birthday is 31 July in the books. ## ⟨d:character:Peppa Pig⟩ toys sold out again. ## ⟨d:character:Paddington⟩ arrived from darkest Peru.
weather | EN | Hurricane ⟨d:storm_name:Katrina⟩ made landfall in 2005. ## Storm ⟨d:storm_name:Ciarán⟩ brought gusts over 100 mph to the Isle of Wight. ## Typhoon ⟨d:storm_name:Haiyan⟩ struck the Philippines in 2013. ## Cyclone ⟨d:storm_name:Gabrielle⟩ hit New Zealand's North Island in 2023.
weather | EN | Claims after Hurricane ⟨d:storm_name:Harvey⟩ took years to settle. ## Ferries were cancelled as Storm ⟨d:storm_name:Isha⟩ approached. ## Hurricane ⟨d:storm_name:Helene⟩ caused flooding far inland. ## Cyclone ⟨d:storm_name:Tracy⟩ destroyed much of Darwin in 1974.
travel | EN | The ⟨d:ship:Queen Mary 2⟩ docks in Southampton on Sunday. ## The carrier ⟨d:ship:USS Gerald R. Ford⟩ left Norfolk this week. ## The ⟨d:ship:RRS Sir David Attenborough⟩ reached the Antarctic station. ## The ⟨d:ship:Emma Mærsk⟩ was once the largest container ship afloat.
news | EN | The ⟨d:ship:Charles de Gaulle⟩ carrier group sailed for the Indian Ocean. ## Cunard's ⟨d:ship:Queen Anne⟩ made her maiden voyage in 2024. ## ⟨d:ship:HMS Prince of Wales⟩ returned to Portsmouth after the deployment.
menu | EN | Dessert special: ⟨d:dish:peach Melba⟩. ## Brunch: ⟨d:dish:eggs Benedict⟩ with smoked salmon. ## ⟨d:dish:Beef Wellington⟩ needs 40 minutes at 200°C. ## Add a ⟨d:dish:Caesar salad⟩ for ⟨$amt⟩.
menu | EN | Tonight: ⟨d:dish:crêpes Suzette⟩ flambéed at the table. ## The bakery sells ⟨d:dish:Sachertorte⟩ by the slice. ## One ⟨d:dish:pizza Margherita⟩ and a ⟨d:dish:Bellini⟩, please. ## ⟨d:dish:Pavlova⟩ is best made the day before.
menu | EN | Bar menu: ⟨d:dish:Bloody Mary⟩, ⟨d:dish:Tom Collins⟩, ⟨d:dish:Arnold Palmer⟩. ## One ⟨d:dish:Earl Grey⟩ and two flat whites, please. ## The ⟨d:dish:Granny Smith⟩ apples are on offer. ## ⟨d:dish:Oysters Rockefeller⟩ are back on the menu.
ops_ids | EN | Firmware ⟨$ver⟩ fixes the Wi-Fi drop on model ⟨$model⟩. ## Model ⟨$model⟩ is back in stock. ## The ⟨$model⟩ ships with firmware ⟨$ver⟩.
ops_ids | EN | Your order ⟨$order⟩ has shipped and should arrive ⟨$date⟩. ## Order ⟨$order⟩ is ready to collect. ## We've received your return for order ⟨$order⟩.
ops_ids | EN | Ticket ⟨$ticket⟩ closed as a duplicate of ⟨$ticket⟩. ## ⟨$ticket⟩ reopened: the fix didn't hold. ## Priority raised on ⟨$ticket⟩.
ops_ids | EN | Invoice ⟨$inv⟩ for ⟨$amt⟩ is due on ⟨$date⟩. ## Credit note issued against invoice ⟨$inv⟩. ## Invoice ⟨$inv⟩ was paid in full.
ops_ids | EN | Tracking ⟨$track⟩: out for delivery. ## Parcel ⟨$track⟩ is held at the depot. ## Tracking number ⟨$track⟩ shows delivered.
ops_ids | EN | Release ⟨$ver⟩ (build ⟨$build⟩) is now available. ## Commit ⟨$sha⟩ reverted the cache change. ## Rolled back to ⟨$ver⟩ after the failed deploy.
travel | EN | The 08:15 to Manchester is cancelled. The next service is at ⟨$time⟩. ## Flight ⟨$flight⟩ to ⟨d:city:Houston⟩ is boarding at gate 22. ## Flight ⟨$flight⟩ is delayed until ⟨$time⟩.
events | EN | Doors open at ⟨$time⟩, tickets ⟨$amt⟩. ## The festival runs from ⟨$date⟩ to ⟨$date⟩. ## Polls close on ⟨$date⟩ at 10pm. ## Early-bird prices end ⟨$date⟩.
ad | EN | Call ⟨$tollfree⟩ for a free quote today! ## Questions? Our helpline ⟨$tollfree⟩ is open 24/7. ## Lost your card? Call ⟨$tollfree⟩ straight away. ## Book your service on ⟨$tollfree⟩.
notice | EN | Send your CV to ⟨$orgmail⟩ by the end of the month. ## For refunds, email ⟨$orgmail⟩. ## Press enquiries: ⟨$orgmail⟩. ## Questions about your bill? Write to ⟨$orgmail⟩.
doc_examples | EN | Use ⟨$exmail⟩ in the demo. ## Set the test phone to ⟨$testphone⟩. ## In the docs we use ⟨$docip⟩ as the server address. ## The sandbox card ⟨$testcard⟩ always succeeds.
doc_examples | EN | Fill in the form as ⟨d:placeholder_name:John Doe⟩ if you're only testing. ## The sample letter is addressed to ⟨d:placeholder_name:Joe Bloggs⟩. ## The placeholder text in the sign-up form says ⟨d:placeholder_name:Max Mustermann⟩. ## Log in as ⟨d:placeholder_name:alice⟩ on the staging server.
notice | EN | ⟨d:name_word:Grace⟩ periods for renewals end on Friday. ## ⟨d:name_word:Will⟩ the library be open on Monday? ## ⟨d:name_word:Mark⟩ the boxes fragile before loading. ## ⟨d:name_word:Rose⟩ prices spike before Valentine's Day.
notice | EN | ⟨d:name_word:Bill⟩ payments can now be made online. ## ⟨d:name_word:Hope⟩ you all had a restful break! ## ⟨d:name_word:Pat⟩ dry before applying the cream. ## ⟨d:name_word:Frank⟩ talks helped end the strike.
notice | EN | ⟨d:name_word:Faith⟩ groups run the food bank on Tuesdays. ## ⟨d:name_word:Iris⟩ scanning is available at border control. ## ⟨d:name_word:Jack⟩ the car up before removing the wheel. ## ⟨d:name_word:Sterling⟩ silver cutlery is 30% off this week.
notice | EN | Reminder: the school is closed on ⟨$date⟩ for staff training. ## The pool is closed for maintenance until ⟨$date⟩. ## The office closes early on ⟨$date⟩. ## Bins will be collected a day late next week.
log_line | EN | health check ok from ⟨$pip⟩ in 12 ms ## DHCP lease renewed for ⟨$pip⟩ ## upstream ⟨$pip⟩:8080 marked down after 3 failures ## GET /healthz 200 from ⟨$pip⟩
log_line | EN | request_id=⟨$uuid⟩ status=200 latency=43ms ## error 502 at ⟨$timestamp⟩ from upstream ⟨$pip⟩ ## job ⟨$uuid⟩ finished in 8.2s ## cron ⟨$timestamp⟩ backup completed, 1.2 GB
notice | EN | The role pays ⟨$salary⟩ a year plus benefits. ## Annual membership is ⟨$amt⟩. ## The repair will cost around ⟨$amt⟩.
sports | EN | ⟨d:team:Manchester United⟩ drew 1-1 with ⟨d:team:Aston Villa⟩. ## ⟨d:team:Real Madrid⟩ host ⟨d:team:Atlético⟩ on Sunday. ## ⟨d:team:Kaizer Chiefs⟩ signed a new goalkeeper. ## ⟨d:team:Wellington Phoenix⟩ won away.
news | EN | Nominations for the ⟨d:award:Nobel Prize⟩ in Physics close in January. ## The ⟨d:award:Pulitzer Prize⟩ for Fiction was announced today. ## The ⟨d:award:Fields Medal⟩ is awarded every four years. ## The ⟨d:award:Turing Award⟩ went to two reinforcement learning pioneers.
science | EN | Apply ⟨d:eponym:Ohm⟩'s law to get the resistance. ## The quake measured 5.2 on the ⟨d:eponym:Richter⟩ scale. ## Set the oven to 180 degrees ⟨d:eponym:Celsius⟩. ## ⟨d:eponym:Newton⟩'s third law explains the recoil.
news | EN | ⟨d:org:Johns Hopkins University⟩ released the study. ## ⟨d:org:Stanford University⟩ applications open in September. ## The ⟨d:org:Gates Foundation⟩ pledged new funding for vaccines. ## ⟨d:org:Carnegie Mellon⟩ hosts the robotics fair.
notice | EN | Offices close for ⟨d:holiday:Martin Luther King Jr. Day⟩. ## The ⟨d:holiday:St Patrick's Day⟩ parade starts at noon. ## ⟨d:holiday:Guy Fawkes Night⟩ fireworks in the park at 7. ## ⟨d:holiday:Saint Nicholas⟩ markets open this weekend.
chat | EN | ask ⟨d:bot_name:Alexa⟩ to set a timer for the pasta ## ⟨d:bot_name:Siri⟩ keeps mishearing me lol ## our chatbot ⟨d:bot_name:Milo⟩ can track parcels now ## turn off ⟨d:bot_name:Cortana⟩ in the settings
code_review | EN | Upgrade ⟨d:product:Django⟩ to ⟨$ver⟩ before the deadline. ## ⟨d:product:Julia⟩ 1.10 made startup much faster. ## The ⟨d:product:Jenkins⟩ job fails at stage 3. ## ⟨d:product:Pandas⟩ ⟨$ver⟩ changed the default dtype.
ai_prompt | EN | Write a haiku about autumn in ⟨d:city:Kyoto⟩. ## Explain ⟨d:eponym:Bayes⟩' theorem in simple terms. ## Summarise the plot of ⟨d:title:Oliver Twist⟩ in three sentences. ## Who was ⟨d:public_figure:Simón Bolívar⟩?
ai_prompt | EN | Give me a recipe for ⟨d:dish:beef Stroganoff⟩ for four people. ## Compare the ⟨d:brand:Toyota⟩ Corolla and the ⟨d:brand:Honda⟩ Civic. ## What's the weather like in ⟨d:city:Victoria⟩, BC in May? ## List five facts about ⟨d:public_figure:Ada Lovelace⟩.
ai_prompt | EN | Write a product description for a ceramic mug, 350 ml, dishwasher safe. ## Explain the difference between TCP and UDP. ## Make a packing list for a week in the mountains. ## Rewrite this sentence to be shorter: "Due to the fact that the train was late, we missed the start."
voice_transcript | EN | okay everyone the train to ⟨d:city:Adelaide⟩ is departing from platform three ## caller asked about opening hours and parking ## yeah the meeting moved to ⟨$time⟩ so no rush ## the next stop is ⟨d:place:Jackson Heights⟩ ## please mind the gap between the train and the platform
chat | EN | lol that meeting could've been an email ## anyone up for lunch at 12:30? ## the coffee machine on 3 is broken again ## who took the last of the milk
ops_ids | EN | Booking ref ⟨$booking⟩ confirmed for 2 adults. ## Your one-time code is ⟨$otp⟩. It expires in 10 minutes. ## Case ⟨$case⟩ has been updated. ## Your table is booked, reference ⟨$booking⟩.
notice | EN | Delivery attempted — we'll try again on ⟨$date⟩. ## Thanks for contacting support. Your case number is ⟨$case⟩. ## Please leave parcels at the front desk after ⟨$time⟩.
news | EN | ⟨d:public_figure:Jeff Bezos⟩ founded Amazon in a garage in 1994. ## ⟨d:public_figure:Steve Jobs⟩ introduced the iPhone in January 2007. ## ⟨d:public_figure:Walt Disney⟩ opened Disneyland in 1955. ## ⟨d:public_figure:Henry Ford⟩ introduced the moving assembly line in 1913.
general_knowledge | EN | ⟨d:public_figure:Jomo Kenyatta⟩ was Kenya's first president. ## ⟨d:public_figure:Kwame Nkrumah⟩ led Ghana to independence in 1957. ## ⟨d:public_figure:Haile Selassie⟩ was emperor of Ethiopia until 1974. ## ⟨d:public_figure:Nnamdi Azikiwe⟩ was Nigeria's first president.
general_knowledge | EN | ⟨d:public_figure:José Rizal⟩ is a national hero of the Philippines. ## ⟨d:public_figure:Ho Chi Minh⟩ declared Vietnam's independence in 1945. ## ⟨d:public_figure:Sun Yat-sen⟩ is called the father of modern China. ## ⟨d:public_figure:King Sejong⟩ created the Korean alphabet.
places_named | EN | The train from ⟨d:city:Eugene⟩ to Portland takes about two and a half hours. ## ⟨d:city:Augusta⟩ hosts the Masters every April. ## ⟨d:city:Savannah⟩ has 22 historic squares. ## ⟨d:city:Lincoln⟩ Cathedral was once the tallest building in the world.
places_named | EN | ⟨d:city:Kingston⟩ is the capital of Jamaica. ## ⟨d:city:Nelson⟩ is one of the sunniest places in New Zealand. ## ⟨d:city:Hamilton⟩ is the capital of Bermuda. ## ⟨d:city:Port Harcourt⟩ is a centre of Nigeria's oil industry.
media | EN | ⟨d:title:Bridget Jones⟩ returns in a fourth film. ## ⟨d:title:Billy Elliot⟩ the musical is touring again. ## ⟨d:title:Amélie⟩ is showing at the Friday film club. ## ⟨d:title:Lawrence of Arabia⟩ is almost four hours long.
"""

SECRET_EN = r"""
env_file | EN | AWS_ACCESS_KEY_ID=⟨AWSID⟩\nAWS_SECRET_ACCESS_KEY=⟨AWSSEC⟩\nAWS_REGION=eu-west-2
shell | EN | export GITHUB_TOKEN=⟨GHP⟩
shell | EN | git remote set-url origin https://⟨GHP⟩@github.com/tallgrass-analytics/infra.git
config | EN | slack:\n  bot_token: ⟨XOXB⟩\n  channel: "#deploys"
env_file | EN | SLACK_WEBHOOK_URL=⟨SLACKHOOK⟩
code | EN | stripe.api_key = "⟨STRIPE⟩"
env_file | EN | STRIPE_SECRET_KEY=⟨STRIPE⟩\nSTRIPE_PUBLISHABLE_KEY=⟨$pk⟩\nSTRIPE_WEBHOOK_SECRET=⟨WHSEC⟩
env_file | EN | OPENAI_API_KEY=⟨OPENAI⟩
chat | EN | here's the openai key for the demo: ⟨OPENAI⟩ pls don't share it
code | EN | client = anthropic.Anthropic(api_key="⟨ANTH⟩")
shell | EN | curl https://api.anthropic.com/v1/messages -H "x-api-key: ⟨ANTH⟩" -H "anthropic-version: 2023-06-01"
env_file | EN | GOOGLE_MAPS_API_KEY=⟨GOOG⟩
code | EN | <script src="https://maps.googleapis.com/maps/api/js?key=⟨GOOG⟩&callback=initMap"></script>
env_file | EN | TWILIO_ACCOUNT_SID=⟨$twsid⟩\nTWILIO_AUTH_TOKEN=⟨TWTOK⟩
env_file | EN | SENDGRID_API_KEY=⟨SG⟩
config | EN | variables:\n  GITLAB_TOKEN: "⟨GLPAT⟩"\n  DEPLOY_ENV: staging
config | EN | api_key: ⟨HEX32⟩\nendpoint: https://api.pebblestack.dev/v2
config | EN | [default]\ntoken = ⟨B62⟩\nregion = ap-southeast-2
env_file | EN | DATABASE_URL=postgres://app:⟨PW⟩@db.internal:5432/orders
config | EN | uri: mongodb+srv://admin:⟨PW⟩@cluster0.x7k2p.mongodb.net/prod?retryWrites=true
config | EN | Server=sql01;Database=Payroll;User Id=sa;Password=⟨PW⟩;Encrypt=True;
chat | EN | wifi password is ⟨PWW⟩ btw
chat | EN | the admin login is admin / ⟨PW⟩ — change it after the handover
shell | EN | mysql -u root -p'⟨PW⟩' -h ⟨$pip⟩ billing
log_line | EN | Authorization: Bearer ⟨JWT⟩
ai_prompt | EN | Why does this return 401? requests.get(url, headers={"Authorization": "token ⟨GHP⟩"})
shell | EN | docker login -u deploy -p ⟨PW⟩ registry.corvidlabs.dev
code | EN | SECRET_KEY = "⟨B64⟩"
support_ticket | EN | User pasted a live key in the ticket: ⟨STRIPE_RK⟩ — revoke it asap.
env_file | EN | REDIS_URL=redis://:⟨PW⟩@⟨$pip⟩:6379/0
env_file | EN | SMTP_HOST=smtp.harbourline-freight.co.uk\nSMTP_USER=alerts\nSMTP_PASSWORD=⟨PW⟩
chat | EN | hey ⟨f⟩ the staging password is ⟨PWW⟩
log_line | EN | x-api-key: ⟨HEX40⟩
shell | EN | aws configure set aws_secret_access_key ⟨AWSSEC⟩
config | EN | provider "aws" {\n  access_key = "⟨AWSID⟩"\n  secret_key = "⟨AWSSEC⟩"\n}
env_file | EN | SLACK_APP_TOKEN=⟨XAPP⟩\nSLACK_USER_TOKEN=⟨XOXP⟩
ci_log | EN | Cloning with token ⟨GHPAT⟩ ... done
chat | EN | ⟨N⟩ asked me to send you the GitHub token: ⟨GHO⟩
ai_prompt | EN | Here is my config, why won't it connect? host=db.internal user=report password=⟨PW⟩
email | EN | Hi ⟨F⟩, your temporary password is ⟨PW⟩. Please change it when you first sign in.
shell | EN | curl -H "Authorization: Bearer ⟨JWT⟩" https://api.kestrelpay.io/v1/me
ai_prompt | EN | Decode this JWT and tell me when it expires: ⟨JWT⟩
"""

# ---------------------------------------------------------------------------------------------
# Frames in other languages (lang, locales in the second column)
# ---------------------------------------------------------------------------------------------

PERSONAL_XX = r"""
es chat | es | ⟨N⟩ quiere el reembolso antes del viernes, ¿puedes reclamarlo?
es chat | es | Creo que ⟨F⟩ ya lo envió ayer, pregúntale a ⟨F2⟩.
es chat | es | Mi dirección nueva es ⟨AD⟩, por si necesitas mandarme algo.
es form | es | Nombre: ⟨N⟩\nFecha de nacimiento: ⟨DOB⟩\nTeléfono: ⟨PH⟩
es sms | es | oye ⟨f⟩, llámame al ⟨PHM⟩ cuando salgas
es bank_msg | es | Por favor, haz la transferencia a ⟨N⟩, IBAN ⟨IBAN⟩.
de chat | de | ⟨N⟩ hat gestern schon zugesagt, ⟨F2⟩ meldet sich noch.
de email | de | Bitte schick die Unterlagen an ⟨N⟩, ⟨AD⟩.
de form | de | Name: ⟨N⟩\ngeb. ⟨DOB⟩\nTel.: ⟨PH⟩
de sms | de | hab ⟨f⟩ grad im Zug getroffen 😄
de bank_msg | de | Die Miete bitte auf ⟨IBAN⟩ (Kontoinhaber: ⟨N⟩) überweisen.
de email | de | Frau ⟨L⟩ ist bis Montag im Urlaub, Vertretung: ⟨N2⟩ (⟨EMAIL2⟩).
fr chat | fr | ⟨N⟩ arrive à la gare à ⟨$time⟩, quelqu'un peut y aller ?
fr email | fr | J'ai transmis le dossier à ⟨N⟩ ce matin, ⟨F2⟩ est en copie.
fr form | fr | Nouvelle adresse : ⟨AD⟩
fr form | fr | NOM : ⟨LU⟩\nPrénom : ⟨F⟩\nDate de naissance : ⟨DOB⟩
fr sms | fr | salut ⟨f⟩, rappelle-moi au ⟨PHM⟩ stp
fr bank_msg | fr | Merci d'envoyer le RIB de ⟨N⟩ : ⟨IBAN⟩
it chat | it | ⟨N⟩ ha detto che passa domani mattina.
it email | it | Ho già mandato tutto a ⟨N⟩ e ⟨N2⟩.
it form | it | Indirizzo di consegna: ⟨AD⟩
it form | it | Cognome: ⟨LU⟩\nNome: ⟨F⟩\nData di nascita: ⟨DOB⟩
it sms | it | ciao ⟨f⟩, il mio nuovo numero è ⟨PHM⟩
it bank_msg | it | Bonifico a ⟨N⟩, IBAN ⟨IBAN⟩, causale affitto.
pt chat | pt br | ⟨N⟩ pediu para remarcar a consulta para sexta.
pt chat | pt br | Acho que ⟨F⟩ já mandou o comprovante para ⟨F2⟩.
pt form | pt br | Endereço: ⟨AD⟩
pt form | br pt | Nome: ⟨N⟩\nData de nascimento: ⟨DOB⟩\nCelular: ⟨PHM⟩
pt sms | br | oi ⟨f⟩, me liga no ⟨PHM⟩
pt bank_msg | pt | Transferir para ⟨N⟩, IBAN ⟨IBAN⟩, até amanhã.
nl chat | nl | ⟨N⟩ komt morgen de sleutels ophalen.
nl chat | nl | Ik heb ⟨F⟩ en ⟨F2⟩ al uitgenodigd.
nl form | nl | Mijn nieuwe adres is ⟨AD⟩.
nl form | nl | Naam: ⟨N⟩\nGeboortedatum: ⟨DOB⟩\nTelefoon: ⟨PH⟩
nl sms | nl | hoi ⟨f⟩, bel me even op ⟨PHM⟩
nl bank_msg | nl | Graag overmaken naar ⟨IBAN⟩ t.n.v. ⟨N⟩.
pl chat | pl | ⟨N⟩ prosi o zwrot pieniędzy do piątku.
pl chat | pl | ⟨F⟩ i ⟨F2⟩ już to wysłali, nie martw się.
pl form | pl | Adres do korespondencji: ⟨AD⟩
pl form | pl | Imię i nazwisko: ⟨N⟩\nData urodzenia: ⟨DOB⟩\nTel.: ⟨PH⟩
pl sms | pl | hej, tu ⟨f⟩, mój nowy numer to ⟨PHM⟩
pl bank_msg | pl | Proszę o przelew na konto ⟨IBAN⟩, odbiorca: ⟨N⟩.
tr chat | tr | ⟨N⟩ yarın sabah gelecekmiş.
tr email | tr | Dün ⟨N⟩ ile görüştüm, dosyayı ⟨N2⟩ hazırlayacak.
tr form | tr | Adres: ⟨AD⟩
tr form | tr | Ad Soyad: ⟨N⟩\nDoğum tarihi: ⟨DOB⟩\nTelefon: ⟨PH⟩
tr sms | tr | selam ⟨f⟩, yeni numaram ⟨PHM⟩
tr bank_msg | tr | Kira için IBAN: ⟨IBAN⟩ (Alıcı: ⟨N⟩)
id chat | id | ⟨N⟩ minta refund sebelum hari Jumat.
id chat | id | Tadi ⟨F⟩ sudah kirim dokumennya ke ⟨F2⟩.
id form | id | Alamat pengiriman: ⟨AD⟩
id form | id | Nama: ⟨N⟩\nTanggal lahir: ⟨DOB⟩\nNo. HP: ⟨PHM⟩
id sms | id | kak ⟨f⟩, nanti WA aku di ⟨PHM⟩ ya
id email | id | Kirim CV ke ⟨EMAIL⟩ paling lambat ⟨$date⟩. Salam, ⟨N2⟩
sv chat | se | ⟨N⟩ hämtar nycklarna i morgon.
sv chat | se | Jag tror att ⟨F⟩ redan har skickat det till ⟨F2⟩.
sv form | se | Min nya adress är ⟨AD⟩.
sv form | se | Namn: ⟨N⟩\nFödelsedatum: ⟨DOB⟩\nTelefon: ⟨PH⟩
sv sms | se | hej ⟨f⟩, ring mig på ⟨PHM⟩
sv bank_msg | se | Betala till ⟨IBAN⟩, mottagare ⟨N⟩.
de form | de | Kreditkarte: ⟨CARD⟩, gültig bis ⟨$exp⟩, Inhaber: ⟨N⟩
es email | es | ⟨N⟩ vive ahora en ⟨AD⟩ y su correo es ⟨EMAIL⟩.
fr email | fr | Bonjour ⟨F⟩, ⟨N2⟩ vous rappellera au ⟨PH⟩ demain matin.
it chat | it | ⟨N⟩ e ⟨N2⟩ arrivano stasera, ⟨F3⟩ domani.
nl email | nl | Beste ⟨F⟩, ⟨N2⟩ neemt je dossier over. Bereikbaar via ⟨EMAIL2⟩.
pl email | pl | Dzień dobry, w sprawie faktury proszę kontaktować się z ⟨N⟩: ⟨EMAIL⟩, ⟨PH⟩.
tr chat | tr | ⟨F⟩ doğum tarihini ⟨DOBL⟩ diye yazmış, doğru mu?
id chat | id | Alamat rumah ⟨F⟩ sekarang di ⟨AD⟩.
sv email | se | Hej ⟨F⟩! ⟨N2⟩ tar över ärendet, nås på ⟨PHM⟩.
pt email | br | Olá ⟨F⟩, ⟨N2⟩ vai te ligar no ⟨PHM⟩ amanhã.
"""

PUBLIC_XX = r"""
es general_knowledge | es | ⟨d:public_figure:Miguel de Cervantes⟩ publicó la primera parte del Quijote en 1605. ## ⟨d:public_figure:Frida Kahlo⟩ nació el ⟨d:public_dob:6 de julio de 1907⟩ en Coyoacán. ## ⟨d:public_figure:Pablo Picasso⟩ pintó el Guernica en 1937.
es travel | es | El vuelo a ⟨d:city:Santiago⟩ sale de la T4 del ⟨d:place:Aeropuerto Adolfo Suárez Madrid-Barajas⟩. ## Cortes de tráfico en la ⟨d:place:Avenida de Simón Bolívar⟩ este domingo. ## El ⟨d:place:Museo Reina Sofía⟩ es gratis por las tardes.
es ad | es | Llama al ⟨$tollfree⟩ y pide tu presupuesto sin compromiso. ## El nuevo ⟨d:brand:Ferrari⟩ se presenta en Maranello. ## Prueba nuestros ⟨d:dish:huevos Benedict⟩ los domingos.
es ops_ids | es | Su pedido ⟨$order⟩ llegará el ⟨$date⟩. ## La factura ⟨$inv⟩ vence el ⟨$date⟩. ## Su código de verificación es ⟨$otp⟩.
de general_knowledge | de | ⟨d:public_figure:Johann Wolfgang von Goethe⟩ wurde am ⟨d:public_dob:28. August 1749⟩ in Frankfurt geboren. ## ⟨d:public_figure:Ludwig van Beethoven⟩ komponierte neun Sinfonien. ## ⟨d:public_figure:Konrad Zuse⟩ baute 1941 die Z3.
de travel | de | Flüge ab dem ⟨d:place:Flughafen München Franz Josef Strauß⟩ haben Verspätung. ## Die ⟨d:place:Karl-Marx-Allee⟩ wird am Sonntag gesperrt. ## Der ⟨d:place:Willy-Brandt-Platz⟩ bekommt neue Bänke.
de news | de | ⟨d:brand:Bosch⟩ ruft mehrere Akkuschrauber zurück. ## Der neue ⟨d:brand:Porsche⟩ 911 kostet ab ⟨$amt⟩. ## ⟨d:brand:Siemens⟩ eröffnet den neuen Campus in Erlangen.
de ops_ids | de | Ihre Bestellung ⟨$order⟩ wurde heute versandt. ## Sendungsnummer ⟨$track⟩: Zustellung am ⟨$date⟩. ## Ticket ⟨$ticket⟩ wurde geschlossen.
fr general_knowledge | fr | ⟨d:public_figure:Victor Hugo⟩ a publié Les Misérables en 1862. ## ⟨d:public_figure:Marie Curie⟩ a reçu deux prix Nobel. ## ⟨d:public_figure:Simone de Beauvoir⟩ a publié Le Deuxième Sexe en 1949.
fr travel | fr | Les vols au départ de l'⟨d:place:aéroport Charles-de-Gaulle⟩ sont perturbés. ## Le ⟨d:place:boulevard Haussmann⟩ sera fermé dimanche matin. ## La ⟨d:place:place Charles-de-Gaulle⟩ est piétonne ce week-end.
fr news | fr | La ⟨d:brand:Peugeot⟩ 208 reste la voiture la plus vendue. ## ⟨d:brand:Michelin⟩ ouvre un nouveau centre de recherche. ## Au menu ce soir : ⟨d:dish:pêche Melba⟩ et ⟨d:dish:crêpes Suzette⟩.
fr ops_ids | fr | Votre commande ⟨$order⟩ sera livrée le ⟨$date⟩. ## Facture ⟨$inv⟩ : ⟨$amt⟩ à régler. ## Votre code de confirmation est ⟨$otp⟩.
it general_knowledge | it | ⟨d:public_figure:Leonardo da Vinci⟩ nacque a Vinci nel 1452. ## ⟨d:public_figure:Giuseppe Verdi⟩ compose l'Aida nel 1871. ## ⟨d:public_figure:Rita Levi-Montalcini⟩ vinse il Nobel per la medicina nel 1986.
it travel | it | Ritardi all'⟨d:place:aeroporto Leonardo da Vinci⟩ di Fiumicino. ## Chiuso al traffico ⟨d:place:Corso Vittorio Emanuele II⟩ fino a lunedì. ## Il treno per ⟨d:city:Firenze⟩ parte dal binario 7.
it news | it | La nuova ⟨d:brand:Ferrari⟩ debutta a Monza. ## ⟨d:brand:Maserati⟩ presenta il nuovo SUV. ## ⟨d:brand:Lamborghini⟩ ha consegnato oltre diecimila auto nel 2023.
it ops_ids | it | L'ordine ⟨$order⟩ è stato spedito. ## La fattura ⟨$inv⟩ scade il ⟨$date⟩. ## Il tuo codice è ⟨$otp⟩.
pt general_knowledge | pt br | ⟨d:public_figure:Fernando Pessoa⟩ nasceu em Lisboa em 1888. ## ⟨d:public_figure:Pelé⟩ venceu três Copas do Mundo. ## ⟨d:public_figure:Machado de Assis⟩ fundou a Academia Brasileira de Letras.
pt travel | pt br | O ⟨d:place:Aeroporto Humberto Delgado⟩ tem atrasos esta manhã. ## A ⟨d:place:Avenida Presidente Vargas⟩ estará fechada no domingo. ## O ⟨d:place:Aeroporto Santos Dumont⟩ reabriu após a chuva.
pt ad | pt br | Ligue ⟨$tollfree⟩ e fale com um consultor. ## Promoção ⟨d:brand:McDonald's⟩: dois por um às terças. ## O ⟨d:dish:bife Wellington⟩ sai às 20h.
pt ops_ids | pt br | Seu pedido ⟨$order⟩ foi enviado. ## Código de rastreio ⟨$track⟩. ## Seu código de acesso é ⟨$otp⟩.
nl general_knowledge | nl | ⟨d:public_figure:Rembrandt van Rijn⟩ schilderde De Nachtwacht in 1642. ## ⟨d:public_figure:Vincent van Gogh⟩ schilderde De Zonnebloemen in Arles. ## ⟨d:public_figure:Anton van Leeuwenhoek⟩ zag als eerste bacteriën.
nl travel | nl | Werkzaamheden op de ⟨d:place:Prins Hendrikkade⟩ tot vrijdag. ## Het ⟨d:place:Van Gogh Museum⟩ werkt alleen met tijdslots. ## De ⟨d:place:Erasmusbrug⟩ is zondag afgesloten.
nl news | nl | ⟨d:brand:Philips⟩ haalt een slaapapparaat uit de handel. ## ⟨d:brand:Heineken⟩ verhoogt de prijzen. ## ⟨d:brand:Albert Heijn⟩ opent langer op zaterdag.
nl ops_ids | nl | Uw bestelling ⟨$order⟩ wordt ⟨$date⟩ bezorgd. ## Factuur ⟨$inv⟩ staat open. ## Uw verificatiecode is ⟨$otp⟩.
pl general_knowledge | pl | ⟨d:public_figure:Maria Skłodowska-Curie⟩ urodziła się w Warszawie w 1867 roku. ## ⟨d:public_figure:Fryderyk Chopin⟩ napisał 21 nokturnów. ## ⟨d:public_figure:Mikołaj Kopernik⟩ opisał układ heliocentryczny.
pl travel | pl | Opóźnienia na ⟨d:place:Lotnisku Chopina⟩ po burzy. ## ⟨d:place:Plac Piłsudskiego⟩ będzie zamknięty w sobotę. ## Tramwaje nie jeżdżą ⟨d:place:ulicą Marszałkowską⟩ do niedzieli.
pl news | pl | ⟨d:brand:Wedel⟩ wprowadza nową czekoladę. ## ⟨d:team:Legia Warszawa⟩ wygrała 2:0. ## Sklep ⟨d:brand:Lidl⟩ otwiera się o 6.
pl ops_ids | pl | Zamówienie ⟨$order⟩ zostało wysłane. ## Faktura ⟨$inv⟩ na kwotę ⟨$amt⟩. ## Twój kod to ⟨$otp⟩.
tr general_knowledge | tr | ⟨d:public_figure:Mustafa Kemal Atatürk⟩ 1881'de Selanik'te doğdu. ## ⟨d:public_figure:Orhan Pamuk⟩ 2006'da Nobel Edebiyat Ödülü'nü aldı. ## ⟨d:public_figure:Mimar Sinan⟩ Süleymaniye Camii'ni tasarladı.
tr travel | tr | ⟨d:place:İstanbul Sabiha Gökçen Havalimanı⟩'nda rötarlar var. ## ⟨d:place:Atatürk Bulvarı⟩ pazar günü trafiğe kapalı. ## ⟨d:place:Kennedy Caddesi⟩'nde yol çalışması sürüyor.
tr ad | tr | Hemen ⟨$tollfree⟩ numarasını arayın! ## ⟨d:brand:Koç⟩ Holding yeni yatırımını açıkladı. ## ⟨d:brand:Ülker⟩ yeni bisküvisini tanıttı.
tr ops_ids | tr | Siparişiniz ⟨$order⟩ kargoya verildi. ## Fatura ⟨$inv⟩, son ödeme ⟨$date⟩. ## Doğrulama kodunuz ⟨$otp⟩.
id general_knowledge | id | ⟨d:public_figure:Soekarno⟩ membacakan proklamasi pada 17 Agustus 1945. ## ⟨d:public_figure:R.A. Kartini⟩ lahir pada ⟨d:public_dob:21 April 1879⟩. ## ⟨d:public_figure:B.J. Habibie⟩ adalah presiden ketiga Indonesia.
id travel | id | Penerbangan dari ⟨d:place:Bandara Ngurah Rai⟩ ditunda. ## ⟨d:place:Jalan Jenderal Sudirman⟩ ditutup untuk car free day. ## ⟨d:place:Jalan M.H. Thamrin⟩ macet sejak pagi.
id ad | id | Hubungi ⟨$tollfree⟩ untuk info promo. ## Paket ⟨d:brand:KFC⟩ hemat mulai ⟨$amt⟩. ## ⟨d:brand:Honda⟩ Beat terbaru sudah tersedia.
id ops_ids | id | Pesanan ⟨$order⟩ sedang dikirim. ## Nomor resi ⟨$track⟩. ## Kode OTP Anda ⟨$otp⟩, jangan berikan kepada siapa pun.
sv general_knowledge | se | ⟨d:public_figure:Astrid Lindgren⟩ skrev ⟨d:title:Pippi Långstrump⟩. ## ⟨d:public_figure:Alfred Nobel⟩ uppfann dynamiten. ## ⟨d:public_figure:Greta Garbo⟩ föddes i Stockholm 1905.
sv travel | se | Tåg till ⟨d:city:Kristianstad⟩ är inställda i dag. ## ⟨d:place:Gustav Adolfs torg⟩ stängs för konserten. ## Bussarna stannar inte vid ⟨d:place:Sankt Eriksplan⟩ i helgen.
sv news | se | ⟨d:brand:Ericsson⟩ har sitt huvudkontor i Kista. ## ⟨d:brand:Hasselblad⟩ lanserar en ny kamera. ## ⟨d:brand:IKEA⟩ sänker priserna i januari.
sv ops_ids | se | Din beställning ⟨$order⟩ har skickats. ## Faktura ⟨$inv⟩ förfaller ⟨$date⟩. ## Din kod är ⟨$otp⟩.
"""

SECRET_XX = r"""
es chat | es | La contraseña del wifi es ⟨PWW⟩, no la compartas.
es chat | es | Te paso el token de GitHub para el despliegue: ⟨GHP⟩
de chat | de | Das Passwort für den Server lautet ⟨PW⟩ – bitte nach dem ersten Login ändern.
de email | de | Hier der API-Schlüssel fürs Staging: ⟨OPENAI⟩
fr chat | fr | Le mot de passe de la boîte partagée est ⟨PWW⟩.
fr config | fr | # clé Stripe de prod, ne pas committer\nSTRIPE_SECRET_KEY=⟨STRIPE⟩
it chat | it | La password dell'account admin è ⟨PW⟩, cambiala subito.
it config | it | # chiave Google Maps\nGOOGLE_API_KEY=⟨GOOG⟩
pt chat | pt br | A senha do roteador é ⟨PWW⟩.
pt email | br pt | Segue a chave da API da SendGrid: ⟨SG⟩
nl chat | nl | Het wachtwoord voor de database is ⟨PW⟩, de API-sleutel ⟨HEX32⟩.
nl config | nl | # Slack-bot voor meldingen\nSLACK_BOT_TOKEN=⟨XOXB⟩
pl chat | pl | Hasło do panelu: ⟨PW⟩
pl config | pl | aws_access_key_id = ⟨AWSID⟩\naws_secret_access_key = ⟨AWSSEC⟩
tr chat | tr | Sunucu şifresi ⟨PW⟩, kimseyle paylaşma.
tr config | tr | # Anthropic anahtarı\nANTHROPIC_API_KEY=⟨ANTH⟩
id chat | id | Kata sandi email kantor: ⟨PWW⟩
id config | id | GITLAB_TOKEN=⟨GLPAT⟩ # token deploy
sv chat | se | Lösenordet till wifi är ⟨PWW⟩.
sv config | se | DATABASE_URL=postgres://app:⟨PW⟩@db.fjallsoft.se:5432/kund
"""


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

POOLS = {}
EN_WEIGHTS = {"us": 24, "uk": 22, "ca": 10, "au": 10, "in": 10, "ng": 6, "ke": 4, "ph": 5, "sg": 4, "nz": 3, "ie": 2}
ADR_WEIGHTS = {"us": 30, "uk": 26, "ca": 15, "au": 14, "in": 15}
LANGS = ["es", "de", "fr", "it", "pt", "nl", "pl", "tr", "id", "sv"]
QUOTA = {("personal", "en"): 440, ("public", "en"): 280, ("secret", "en"): 80}
for _l in LANGS:
    QUOTA[("personal", _l)], QUOTA[("public", _l)], QUOTA[("secret", _l)] = 11, 7, 2
CAT_PREFIX = {"personal": "per", "public": "pub", "secret": "sec"}


def parse_frames(block, category, multilang):
    frames, counters = [], collections.Counter()
    for line in block.strip("\n").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        head, locs, text = line.split(" | ", 2)
        if multilang:
            lang, kind = head.split(" ")
        else:
            lang, kind = "en", head.strip()
        text = text.replace("\\n", "\n")
        variants = [v for v in text.split(" ## ")]
        key = (category, kind, lang)
        counters[key] += 1
        fid = "%s-%s-%s%03d" % (CAT_PREFIX[category], kind, "" if lang == "en" else lang + "-", counters[key])
        frames.append({"id": fid, "kind": kind, "lang": lang, "locs": locs.strip(), "variants": variants,
                       "category": category})
    return frames


def all_frames():
    fr = []
    fr += parse_frames(PERSONAL_EN, "personal", False)
    fr += parse_frames(PUBLIC_EN, "public", False)
    fr += parse_frames(SECRET_EN, "secret", False)
    fr += parse_frames(PERSONAL_XX, "personal", True)
    fr += parse_frames(PUBLIC_XX, "public", True)
    fr += parse_frames(SECRET_XX, "secret", True)
    ids = [f["id"] for f in fr]
    assert len(ids) == len(set(ids))
    return fr


def pick_locale(rng, locs):
    if locs == "EN":
        return wchoice(rng, EN_WEIGHTS)
    if locs == "ADR":
        return wchoice(rng, ADR_WEIGHTS)
    return rng.choice(locs.split())


def generate():
    rng = random.Random(SEED)
    frames = all_frames()
    buckets = collections.OrderedDict()
    for f in frames:
        buckets.setdefault((f["category"], f["lang"]), []).append(f)
    assert sorted(buckets) == sorted(QUOTA), (sorted(buckets), sorted(QUOTA))
    uses = collections.Counter()
    vstart = {f["id"]: rng.randrange(len(f["variants"])) for f in frames}
    docs = []
    for key in sorted(QUOTA):
        cat, lang = key
        pool, need, order = buckets[key], QUOTA[key], []
        while len(order) < need:
            cyc = pool[:]
            rng.shuffle(cyc)
            order += cyc
        for f in order[:need]:
            v = f["variants"][(vstart[f["id"]] + uses[f["id"]]) % len(f["variants"])]
            uses[f["id"]] += 1
            for attempt in range(50):
                loc = pick_locale(rng, f["locs"])
                try:
                    doc, (sens, hp, hs) = render(v, rng, loc, lang, cat)
                except AssertionError as e:
                    if attempt == 49:
                        raise
                    continue
                break
            docs.append({"text": doc.text, "spans": doc.spans, "decoys": doc.decoys, "kind": f["kind"], "locale": loc,
                         "lang": lang, "sensitivity": sens, "has_pii": hp, "has_secret": hs, "frame": f["id"]})
    rng.shuffle(docs)
    out = []
    for i, d in enumerate(docs, 1):
        o = {"id": "fr7-%05d" % i}
        o.update(d)
        out.append(o)
    post_checks(out)
    return out, frames, uses


PHONE_BAD = [re.compile(r"(^|\D)555[-. ]?\d{4}"), re.compile(r"07700 ?900"), re.compile(r"0491 ?57\d")]


def post_checks(docs):
    for d in docs:
        tb = d["text"].encode("utf-8")
        for s in d["spans"]:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"]
            assert d["text"][s["char_start"]:s["char_end"]] == s["value"]
            v = s["value"]
            if s["type"] == "CREDIT_CARD":
                n = re.sub(r"\D", "", v)
                assert luhn_ok(n) and n not in TEST_CARDS, v
            elif s["type"] == "IBAN_CODE":
                assert iban_valid(v) and v.replace(" ", "") != "GB82WEST12345698765432", v
            elif s["type"] == "US_SSN":
                assert ssn_ok(v) and v.replace(" ", "-") not in ("078-05-1120", "219-09-9999", "123-45-6789"), v
            elif s["type"] == "PHONE_NUMBER":
                assert not any(p.search(v) for p in PHONE_BAD), v
            elif s["type"] == "IP_ADDRESS" and "." in v:
                a, b, c, _ = (int(x) for x in v.split("."))
                assert a not in (10, 127) and not (a == 192 and b == 168) and not (a == 172 and 16 <= b <= 31), v
                assert (a, b, c) not in ((192, 0, 2), (198, 51, 100), (203, 0, 113)), v
            elif s["type"] == "IP_ADDRESS":
                assert not v.lower().startswith("2001:db8"), v
            elif s["type"] == "EMAIL_ADDRESS":
                assert not re.search(r"@example\.(com|org|net)$", v), v
            elif s["type"] == "PERSON":
                toks = [t.lower() for t in re.split(r"[ \-']", fold(v)) if t]
                assert not any(b.lower() in toks for b in BANNED_TOKENS), v
        for s in d["decoys"]:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"]
            assert d["text"][s["char_start"]:s["char_end"]] == s["value"]


def write(docs, path):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        for d in docs:
            g.write((json.dumps(d, ensure_ascii=False) + "\n").encode("utf-8"))
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    return hashlib.md5(data).hexdigest()


def stats(docs, frames, uses, md5):
    C_ = collections.Counter
    p = print
    p("documents:", len(docs), " md5:", md5)
    p("sensitivity:", dict(sorted(C_(d["sensitivity"] for d in docs).items())))
    sp = C_(s["type"] for d in docs for s in d["spans"])
    p("spans (%d):" % sum(sp.values()), ", ".join("%s %d" % kv for kv in sp.most_common()))
    dc = C_(s["kind"] for d in docs for s in d["decoys"])
    p("decoys (%d):" % sum(dc.values()), ", ".join("%s %d" % kv for kv in dc.most_common()))
    p("langs:", ", ".join("%s %d" % kv for kv in C_(d["lang"] for d in docs).most_common()))
    p("locales:", ", ".join("%s %d" % kv for kv in C_(d["locale"] for d in docs).most_common()))
    p("kinds:", ", ".join("%s %d" % kv for kv in C_(d["kind"] for d in docs).most_common()))
    fc = C_(f["category"] for f in frames)
    p("frames: %d (%s); non-English frames %d" % (len(frames), ", ".join("%s %d" % kv for kv in sorted(fc.items())),
                                                   sum(1 for f in frames if f["lang"] != "en")))
    p("uses per frame:", dict(sorted(C_(uses.values()).items())))
    lens = [len(d["text"]) for d in docs]
    p("length: max %d, mean %.1f; multi-line docs %d" % (max(lens), sum(lens) / len(lens), sum("\n" in d["text"] for d in docs)))
    per = [d for d in docs if d["sensitivity"] == "personal"]
    p("personal docs by span count:", dict(sorted(C_(min(len(d["spans"]), 5) for d in per).items())))
    ps = [s["value"] for d in docs for s in d["spans"] if s["type"] == "PERSON"]
    p("PERSON spans: %d; single-token %d; lower-case %d; upper-case %d; with diacritics %d; multi-line address spans %d" % (
        len(ps), sum(1 for v in ps if " " not in v), sum(1 for v in ps if v == v.lower()), sum(1 for v in ps if v == v.upper()),
        sum(1 for v in ps if v != fold(v)),
        sum(1 for d in docs for s in d["spans"] if s["type"] == "STREET_ADDRESS" and "\n" in s["value"])))
    p("public docs with >=1 decoy: %d of %d" % (sum(1 for d in docs if d["sensitivity"] == "public" and d["decoys"]),
                                                  sum(1 for d in docs if d["sensitivity"] == "public")))
    p("frames in split a: %d, docs in a: %d" % (
        len({d["frame"] for d in docs if int(hashlib.md5(d["frame"].encode()).hexdigest()[0], 16) % 2 == 0}),
        sum(1 for d in docs if int(hashlib.md5(d["frame"].encode()).hexdigest()[0], 16) % 2 == 0)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    docs, frames, uses = generate()
    md5 = write(docs, a.out)
    if a.stats:
        stats(docs, frames, uses, md5)
    else:
        print(md5)


if __name__ == "__main__":
    main()
